import type { ReportWords } from './reportLabels'
import type { SlaReport } from './reportSchema'

/** Outcome colours, readable on white and on the dark theme. */
export const OUTCOME_COLORS = { met: '#2e9d5b', breached: '#d64545', pending: '#e0a526', unrecorded: '#8a94a3' } as const

export interface ChartTheme {
  text: string
  grid: string
  background: string
  fontFamily: string
  fontSize: number
}

export const LIGHT_CHART: ChartTheme = { text: '#1f2933', grid: '#d8dee6', background: '#ffffff', fontFamily: 'Pretendard, sans-serif', fontSize: 12 }
export const DARK_CHART: ChartTheme = { text: '#e4e8ee', grid: '#3a4350', background: '#1d232b', fontFamily: 'Pretendard, sans-serif', fontSize: 12 }

const axis = (t: ChartTheme) => ({
  axisLabel: { color: t.text, fontSize: t.fontSize },
  axisLine: { lineStyle: { color: t.grid } },
  splitLine: { lineStyle: { color: t.grid } },
  nameTextStyle: { color: t.text, fontSize: t.fontSize },
})

const base = (title: string, t: ChartTheme) => ({
  animation: false,
  backgroundColor: t.background,
  textStyle: { fontFamily: t.fontFamily, color: t.text, fontSize: t.fontSize },
  title: { text: title, left: 0, textStyle: { color: t.text, fontSize: t.fontSize + 2, fontWeight: 'bold' as const } },
  legend: { bottom: 0, textStyle: { color: t.text, fontSize: t.fontSize } },
  grid: { left: 48, right: 16, top: 72, bottom: 72 },
  tooltip: { trigger: 'axis' as const },
})

/** ECharts option: stacked bars met / breached / pending / 응답 미기록 for the 12 months. */
export function monthlyChartOption(report: SlaReport, w: ReportWords, t: ChartTheme) {
  const outcomes = ['met', 'breached', 'pending', 'unrecorded'] as const
  return {
    ...base(w.monthlyChart, t),
    xAxis: { type: 'category' as const, data: report.byMonth.map((m) => m.month.slice(2)), ...axis(t) },
    yAxis: { type: 'value' as const, minInterval: 1, ...axis(t) },
    series: outcomes.map((o) => ({
      name: w.outcome[o],
      type: 'bar' as const,
      stack: 'cycles',
      itemStyle: { color: OUTCOME_COLORS[o] },
      data: report.byMonth.map((m) => m[o]),
    })),
  }
}

/** ECharts option: median and p90 response per severity × renewal, with each row's target as a line of markers. */
export function responseChartOption(report: SlaReport, w: ReportWords, t: ChartTheme) {
  const rows = report.rows
  return {
    ...base(w.responseChart, t),
    xAxis: {
      type: 'category' as const,
      data: rows.map((r) => `${w.severity(r.severity)}\n${w.renewal[r.renewal]}`),
      ...axis(t),
      axisLabel: { color: t.text, fontSize: t.fontSize - 1, interval: 0 },
    },
    yAxis: { type: 'value' as const, name: w.hours, ...axis(t) },
    series: [
      { name: w.median, type: 'bar' as const, itemStyle: { color: '#3b7dd8' }, data: rows.map((r) => r.medianResponseHours ?? 0) },
      { name: w.p90, type: 'bar' as const, itemStyle: { color: '#93b7ea' }, data: rows.map((r) => r.p90ResponseHours ?? 0) },
      {
        name: w.target,
        type: 'line' as const,
        step: 'middle' as const,
        symbol: 'rect',
        symbolSize: [18, 3],
        lineStyle: { color: OUTCOME_COLORS.breached, type: 'dashed' as const, width: 1.5 },
        itemStyle: { color: OUTCOME_COLORS.breached },
        data: rows.map((r) => r.targetHours),
      },
    ],
  }
}
