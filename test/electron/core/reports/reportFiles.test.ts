import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPageCount, pdfText, squash } from '../export/readBack'
import { buildSlaHistory, kst } from './slaHistory'

let h: Awaited<ReturnType<typeof buildSlaHistory>>
beforeAll(async () => {
  h = await buildSlaHistory()
}, 60_000)
afterAll(() => h.core.close())

const period = { from: kst('2026-09-01 00:00'), to: kst('2026-12-01 00:00') }
const fileOf = async (format: 'csv' | 'xlsx' | 'pdf', language?: 'ko' | 'en') => {
  const r = await h.call('reports.export', { ...period, format, language })
  return { ...r.file, data: Buffer.from(r.file.base64, 'base64'), savedTo: r.savedTo }
}

describe('the SLA report files', () => {
  it('CSV: UTF-8 with a BOM, one row per issue, Hangul intact, parsed back with a CSV parser', async () => {
    const f = await fileOf('csv')
    expect(f.name).toBe('SLA리포트_2026-09~2026-11_2026-11-30.csv')
    expect(f.mime).toBe('text/csv; charset=utf-8')
    expect([...f.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parse(f.data.toString('utf8'), { bom: true }) as string[][]
    const [header, ...issues] = rows
    // The words of the screen and the issue form: 분류 and 갱신 유형, no English label in the Korean file.
    expect(header.slice(0, 6)).toEqual(['이슈 번호', '제목', '고객사', '분류', '갱신 유형', 'Severity'])
    expect(issues).toHaveLength(8)
    const reopened = issues.find((r) => r[0] === String(h.ids.reopened))!
    const col = (name: string) => header.indexOf(name)
    expect(reopened[col('제목')]).toBe('증분 백업 반복 실패')
    expect(reopened[col('고객사')]).toBe('한빛전자')
    expect(reopened[col('주기')]).toBe('2')
    expect(reopened[col('주기별 결과')]).toBe('Sev3 충족 / Sev3 위반')
    expect(reopened[col('주기별 응답 시간(시간)')]).toBe('1 / 7')
    const noCase = issues.find((r) => r[0] === String(h.ids.noCase))!
    expect(noCase[col('C3')]).toMatch(/^기한 내 2026-11-20/)
  })

  it('XLSX: the summary sheet and the per-issue sheet, read back with exceljs', async () => {
    const f = await fileOf('xlsx')
    expect(f.name).toBe('SLA리포트_2026-09~2026-11_2026-11-30.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(f.data as unknown as ArrayBuffer)
    expect(wb.worksheets.map((s) => s.name)).toEqual(['요약', '이슈별'])
    const summary = wb.getWorksheet('요약')!
    const values = Array.from(summary.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []))
    expect(values[1]).toEqual(['SLA 준수 리포트'])
    expect(values.find((r) => r[0] === 'Severity')?.slice(0, 3)).toEqual(['Severity', '갱신 유형', '주기'])
    const sev2basic = values.find((r) => r[0] === 'Sev2' && r[1] === 'Basic')
    expect(sev2basic).toEqual(['Sev2', 'Basic', 2, 2, 0, 0, 0, '100%', 8, 2, 1.48, 7])
    expect(values.find((r) => r[0] === '한빛전자')).toEqual(['한빛전자', 4, 2, 2, 0, 0, '50%'])
    expect(wb.getWorksheet('이슈별')!.rowCount).toBe(9)
  })

  it('PDF: the tables in the embedded font and the charts drawn without a canvas; pages rendered to PNG', async () => {
    const f = await fileOf('pdf')
    expect(f.name).toBe('SLA리포트_2026-09~2026-11_2026-11-30.pdf')
    const text = squash(pdfText(f.data))
    for (const s of ['SLA준수리포트', 'Severity×갱신유형', '절차단계준수', '고객사별', '한빛전자', '응답미기록', '월별응답주기', 'Severity별응답시간']) expect(text).toContain(s)
    // The monthly chart's axis labels are text in the PDF (SVG → pdfkit), not a picture.
    expect(text).toContain('26-11')
    expect(pdfPageCount(f.data)).toBe(2)
    const dir = join(process.cwd(), 'test', 'artifacts')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'sla-report.pdf'), f.data)
    execFileSync('pdftoppm', ['-r', '70', '-png', join(dir, 'sla-report.pdf'), join(dir, 'sla-report')])
  })

  it('English labels when asked', async () => {
    const f = await fileOf('csv', 'en')
    const [header] = parse(f.data.toString('utf8'), { bom: true }) as string[][]
    expect(header.slice(0, 6)).toEqual(['Issue', 'Title', 'Customer', 'Track', 'Renewal', 'Severity'])
  })
})
