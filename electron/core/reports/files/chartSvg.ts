import * as echarts from 'echarts'

/**
 * An ECharts option drawn to an SVG string with ECharts' server-side renderer: no canvas, no DOM
 * (no native canvas module can be fetched prebuilt here, and the PDF needs none).
 */
export function chartSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(option)
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
