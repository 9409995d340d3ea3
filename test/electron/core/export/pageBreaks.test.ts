import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../../electron/core/export/docx'
import { renderPdf } from '../../../../electron/core/export/pdf'
import { fullForm, withValue } from './fixtures'
import { docxToPdfWithLibreOffice, hasCommand, pdfText, pdfTextDepths, unzip, writeFirstPagePng } from './readBack'

/** Long sections across pages: each page they continue on starts with their heading again. */

const SECTION_LABELS = ['증상 및 에러 메시지', '비즈니스 영향', '지금까지 조치 내역', 'Veeam Korea 요청 사항']
const paragraph = (i: number) => `증상 단락 ${i}: 백업 작업이 스냅샷 제거 단계에서 멈추었고 재시도 후에도 같은 오류가 발생했습니다. Failed to process VM-${i}.`
const longForm = (paragraphs: number) => withValue(fullForm(), 'symptoms', Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n'))

/** Each page's lines, without blank lines and the "n / N" footer. */
const pagesOf = (pdf: Buffer): string[][] =>
  pdfText(pdf)
    .split('\f')
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l && !/^\d+\s*\/\s*\d+$/.test(l)))
    .filter((p) => p.length > 0)

const hasSymptoms = (lines: string[] | undefined) => !!lines?.some((l) => /^증상 단락 \d+/.test(l))

function expectHeadingsRepeated(pages: string[][], continued: (label: string) => string) {
  pages.forEach((lines, n) => {
    // A heading never ends a page: its text would be on the next one.
    expect(SECTION_LABELS.map(continued).concat(SECTION_LABELS), `page ${n + 1} ends with a heading`).not.toContain(lines[lines.length - 1])
    // Text carried over from the page before starts under its heading again.
    if (n > 0 && hasSymptoms(lines) && hasSymptoms(pages[n - 1])) expect(lines[0], `page ${n + 1}`).toBe(continued('증상 및 에러 메시지'))
  })
}

describe('the PDF repeats a long section’s heading with "(계속)" on every page it continues on', async () => {
  const pdf = await renderPdf(longForm(70))
  const pages = pagesOf(pdf)

  it('spills the symptoms over several pages, each starting with "증상 및 에러 메시지 (계속)", nothing lost', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const continuing = pages.slice(1).filter((lines) => lines.some((l) => l.startsWith('증상 단락')))
    expect(continuing.length).toBeGreaterThanOrEqual(2)
    for (const lines of continuing) expect(lines[0]).toBe('증상 및 에러 메시지 (계속)')
    expect(pages[0]).toContain('증상 및 에러 메시지')
    const all = pages.flat().join('\n')
    for (let i = 0; i < 70; i++) expect(all.match(new RegExp(`증상 단락 ${i}:`, 'g')), `paragraph ${i}`).toHaveLength(1)
    writeFirstPagePng(pdf, 'registration-form-long', 80)
  })

  it('never leaves a heading alone at the foot of a page, wherever the section starts', async () => {
    for (let n = 8; n <= 36; n += 4) expectHeadingsRepeated(pagesOf(await renderPdf(longForm(n))), (l) => `${l} (계속)`)
  })
})

describe('the DOCX repeats a long section’s heading with "(계속)" on the pages it continues on, as the PDF does', async () => {
  const docx = await renderDocx(longForm(70))
  const xml = unzip(docx).get('word/document.xml')!.toString('utf8')
  const tables = [...xml.matchAll(/<w:tbl>(?:(?!<\/w:tbl>).)*<\/w:tbl>/gs)].map((m) => m[0])
  const rows = (table: string) => [...table.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/gs)].map((m) => m[0])
  const texts = (row: string) => [...row.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
  const symptomTables = tables.filter((t) => texts(rows(t)[0]).startsWith('증상 및 에러 메시지'))

  it('cuts the symptoms into a first part under its heading and parts headed "증상 및 에러 메시지 (계속)", each on a new page', () => {
    expect(symptomTables.length).toBeGreaterThanOrEqual(3)
    expect(texts(rows(symptomTables[0])[0])).toBe('증상 및 에러 메시지')
    for (const t of symptomTables.slice(1)) {
      expect(texts(rows(t)[0])).toBe('증상 및 에러 메시지 (계속)')
      const before = xml.slice(0, xml.indexOf(t))
      expect(before.slice(before.lastIndexOf('<w:p>')), 'a page break before the continued part').toContain('<w:pageBreakBefore/>')
    }
    // Each heading is a repeated header row too, for a page a Word user's later edits may add.
    for (const t of tables.slice(1)) expect(rows(t)[0]).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:tblHeader\/>/s)
  })

  it('puts each paragraph once, in a row of its own that cannot split, so no page ends in an empty bordered box', () => {
    const paragraphRows = symptomTables.flatMap((t) => rows(t).slice(1))
    expect(paragraphRows).toHaveLength(70)
    for (const r of paragraphRows) expect(r).toContain('<w:cantSplit/>')
    for (let i = 0; i < 70; i++) expect(paragraphRows.filter((r) => texts(r).startsWith(`증상 단락 ${i}:`)), `paragraph ${i}`).toHaveLength(1)
  })

  it.skipIf(!hasCommand('libreoffice'))('LibreOffice shows "… (계속)" on top of every page the text continues on, nothing lost, no page of its own left nearly empty', async () => {
    const pdf = docxToPdfWithLibreOffice(docx)
    const pages = pagesOf(pdf)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    expectHeadingsRepeated(pages, (l) => `${l} (계속)`)
    const continuing = pages.slice(1).filter((lines) => lines.some((l) => l.startsWith('증상 단락')))
    for (const lines of continuing) expect(lines[0]).toBe('증상 및 에러 메시지 (계속)')
    const all = pages.flat().join('\n')
    for (let i = 0; i < 70; i++) expect(all.match(new RegExp(`증상 단락 ${i}:`, 'g')), `paragraph ${i}`).toHaveLength(1)
    // The cuts are planned on estimates that err on the tall side (for Word's 맑은 고딕, whose lines are
    // taller than LibreOffice's substitute here): the blank they leave at the foot of a page stays small.
    // Uncut, LibreOffice fills these pages to 92% of the paper's height; the body ends at 94%.
    const depths = pdfTextDepths(pdf)
    pages.forEach((_, n) => {
      if (pages[n + 1]?.[0] === '증상 및 에러 메시지 (계속)') expect(depths[n], `page ${n + 1} is filled`).toBeGreaterThan(0.78)
    })
    writeFirstPagePng(pdf, 'registration-form-long-docx', 80)
  })

  it.skipIf(!hasCommand('libreoffice'))('LibreOffice: wherever the section starts on its page, the heading never ends a page and its continuation says (계속)', async () => {
    for (const n of [10, 18, 26]) expectHeadingsRepeated(pagesOf(docxToPdfWithLibreOffice(await renderDocx(longForm(n)))), (l) => `${l} (계속)`)
  })
})
