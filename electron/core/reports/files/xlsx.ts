import ExcelJS from 'exceljs'
import type { Table } from './tables'

/** A workbook: the summary sheet (every summary table, one under the other) and the per-issue sheet. */
export async function toXlsx(title: string, subtitle: string, summary: Table[], perIssue: Table, sheetNames: [string, string]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Veeam escalation tray'
  const sheet = wb.addWorksheet(sheetNames[0])
  sheet.addRow([title]).font = { bold: true, size: 14 }
  sheet.addRow([subtitle])
  for (const t of summary) {
    sheet.addRow([])
    sheet.addRow([t.title]).font = { bold: true, size: 12 }
    sheet.addRow(t.header).font = { bold: true }
    for (const r of t.rows) sheet.addRow(r)
  }
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 22 : 13))
  const issues = wb.addWorksheet(sheetNames[1])
  issues.addRow(perIssue.header).font = { bold: true }
  for (const r of perIssue.rows) issues.addRow(r)
  issues.views = [{ state: 'frozen', ySplit: 1 }]
  issues.columns.forEach((c, i) => (c.width = i === 1 ? 36 : 16))
  return Buffer.from(await wb.xlsx.writeBuffer())
}
