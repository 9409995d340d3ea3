import { useEffect, useRef } from 'react'
import { DARK_CHART, LIGHT_CHART, monthlyChartOption, responseChartOption, type ReportWords, type SlaReport } from '../../../shared/schedule/sla'

/**
 * The two charts, drawn by ECharts with the same options as the PDF. ECharts is imported here
 * only, and this file only through React.lazy, so it stays out of the quick-entry window and the
 * main window's first load. Follows the system's light/dark scheme.
 */
export default function ReportCharts({ report, words }: { report: SlaReport; words: ReportWords }) {
  const monthly = useRef<HTMLDivElement>(null)
  const response = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let disposed = false
    const charts: { dispose(): void; resize(): void }[] = []
    const dark = window.matchMedia('(prefers-color-scheme: dark)')
    const draw = async () => {
      const echarts = await import('echarts')
      if (disposed) return
      charts.splice(0).forEach((c) => c.dispose())
      const theme = { ...(dark.matches ? DARK_CHART : LIGHT_CHART), fontSize: 13, background: 'transparent' }
      for (const [el, option] of [
        [monthly.current, monthlyChartOption(report, words, theme)],
        [response.current, responseChartOption(report, words, theme)],
      ] as const) {
        if (!el) continue
        const chart = echarts.init(el, null, { renderer: 'svg' })
        chart.setOption(option)
        charts.push(chart)
      }
    }
    void draw()
    const resize = () => charts.forEach((c) => c.resize())
    window.addEventListener('resize', resize)
    dark.addEventListener('change', draw)
    return () => {
      disposed = true
      window.removeEventListener('resize', resize)
      dark.removeEventListener('change', draw)
      charts.forEach((c) => c.dispose())
    }
  }, [report, words])
  return (
    <div className="rep-charts">
      <div ref={monthly} className="rep-chart" role="img" aria-label={words.monthlyChart} />
      <div ref={response} className="rep-chart" role="img" aria-label={words.responseChart} />
    </div>
  )
}
