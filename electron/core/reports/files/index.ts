import { isoFromDayNumber, kstDayNumber } from '../../../../shared/domain/time/kstDays'
import { formatKstFull } from '../../../../shared/format/kst'
import { periodLabel, reportWords, type SlaReport } from '../../../../shared/schedule/sla'
import type { PdfFontOptions } from '../../export/pdfFonts'
import { toCsv } from './csv'
import { toPdf } from './pdf'
import { issueTable, summaryTables } from './tables'
import { toXlsx } from './xlsx'

export type ReportFormat = 'csv' | 'xlsx' | 'pdf'

const MIME: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

/** SLA리포트_<기간>_<작성일>.<ext>, the period as months (or days) in KST, the date of making in KST. */
export function reportFileName(report: SlaReport, format: ReportFormat): string {
  const made = isoFromDayNumber(kstDayNumber(Date.parse(report.now)))
  return `SLA리포트_${periodLabel(report.from, report.to)}_${made}.${format}`
}

/** One file of the report: CSV (per issue), XLSX (summary + per issue) or PDF (tables + charts). */
export async function renderReportFile(report: SlaReport, format: ReportFormat, lang: 'ko' | 'en', fonts: PdfFontOptions) {
  const w = reportWords(lang)
  const subtitle = `${w.period}: ${periodLabel(report.from, report.to)} (KST) · ${w.madeAt}: ${formatKstFull(report.now)}`
  const summary = summaryTables(report, w)
  const perIssue = issueTable(report, w, lang)
  let data: Buffer
  if (format === 'csv') data = toCsv(perIssue)
  else if (format === 'xlsx') data = await toXlsx(w.title, subtitle, summary, perIssue, lang === 'ko' ? ['요약', '이슈별'] : ['Summary', 'Per issue'])
  else data = await toPdf(report, w, { title: w.title, subtitle, notes: [w.rules, w.tolerance(report.immediateToleranceMinutes)] }, summary, fonts)
  return { name: reportFileName(report, format), mime: MIME[format], data }
}
