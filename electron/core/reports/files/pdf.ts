import PDFDocument from 'pdfkit'
import SVGtoPDF from 'svg-to-pdfkit'
import { BOLD, REGULAR, registerFonts, type PdfFontOptions } from '../../export/pdfFonts'
import { LIGHT_CHART, monthlyChartOption, responseChartOption, type ReportWords, type SlaReport } from '../../../../shared/schedule/sla'
import { chartSvg } from './chartSvg'
import type { Cell, Table } from './tables'

// A4 landscape in points: the severity table has twelve columns.
const PAGE_W = 841.89
const PAGE_H = 595.28
const MARGIN = 40
const WIDTH = PAGE_W - 2 * MARGIN
const BOTTOM = PAGE_H - MARGIN
const SIZE = 8.5
const ROW_H = 15
const LINE = '#c9d1db'
const HEAD_FILL = '#eef2f6'

/** Pretendard's contextual alternates would print "0x" as "0×"; off, as in the form's PDF. */
const FEATURES = { calt: false, clig: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[]

/** The report to send: header, the summary tables, and the two charts drawn from SVG (no canvas). */
export function toPdf(report: SlaReport, w: ReportWords, heading: { title: string; subtitle: string; notes: string[] }, summary: Table[], fonts: PdfFontOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: [PAGE_W, PAGE_H], margin: MARGIN, info: { Title: heading.title }, autoFirstPage: true })
  registerFonts(doc, fonts)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))

  doc.font(BOLD).fontSize(16).fillColor('#1f2933').text(heading.title, MARGIN, MARGIN, { features: FEATURES })
  doc.font(REGULAR).fontSize(9.5).fillColor('#3e4c59').text(heading.subtitle, { features: FEATURES })
  for (const n of heading.notes) doc.fontSize(8).fillColor('#52606d').text(n, { width: WIDTH, features: FEATURES })
  let y = doc.y + 10
  for (const t of summary) y = table(doc, t, y) + 14

  // Charts on their own page, side by side.
  doc.addPage()
  const chartW = (WIDTH - 20) / 2
  const chartH = 300
  const theme = { ...LIGHT_CHART, fontFamily: 'Pretendard', fontSize: 11 }
  const charts = [monthlyChartOption(report, w, theme), responseChartOption(report, w, theme)]
  charts.forEach((option, i) => {
    const svg = chartSvg(option, Math.round(chartW), chartH)
    SVGtoPDF(doc, svg, MARGIN + i * (chartW + 20), MARGIN, {
      width: chartW,
      height: chartH,
      assumePt: true,
      fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : REGULAR),
    })
  })
  doc.end()
  return done
}

/** A table with a shaded header row, split across pages (the header repeats). Returns the y below it. */
function table(doc: PDFKit.PDFDocument, t: Table, top: number): number {
  const cols = t.header.length
  const first = Math.min(150, WIDTH / cols + 40)
  const rest = (WIDTH - first) / Math.max(1, cols - 1)
  const widths = t.header.map((_, i) => (i === 0 ? first : rest))
  // Columns holding numbers (or %) are right-aligned, header included.
  const numeric = t.header.map((_, i) => i > 0 && t.rows.some((r) => typeof r[i] === 'number' || /^\d+(\.\d+)?%$/.test(String(r[i]))))
  let y = top
  const title = () => {
    doc.font(BOLD).fontSize(10.5).fillColor('#1f2933').text(t.title, MARGIN, y, { features: FEATURES })
    y = doc.y + 4
  }
  const row = (cells: Cell[], head: boolean) => {
    let x = MARGIN
    if (head) doc.rect(MARGIN, y, WIDTH, ROW_H).fill(HEAD_FILL)
    doc.font(head ? BOLD : REGULAR).fontSize(SIZE).fillColor('#1f2933')
    cells.forEach((c, i) => {
      const s = c === null ? '–' : String(c)
      const align = numeric[i] ? 'right' : 'left'
      doc.text(s, x + 4, y + 4, { width: widths[i]! - 8, height: ROW_H - 4, ellipsis: true, lineBreak: false, align, features: FEATURES })
      x += widths[i]!
    })
    doc.moveTo(MARGIN, y + ROW_H).lineTo(MARGIN + WIDTH, y + ROW_H).lineWidth(0.5).strokeColor(LINE).stroke()
    y += ROW_H
  }
  if (y + 3 * ROW_H > BOTTOM) {
    doc.addPage()
    y = MARGIN
  }
  title()
  row(t.header, true)
  for (const r of t.rows) {
    if (y + ROW_H > BOTTOM) {
      doc.addPage()
      y = MARGIN
      row(t.header, true)
    }
    row(r, false)
  }
  return y
}
