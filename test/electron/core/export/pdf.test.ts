import { describe, expect, it } from 'vitest'
import { renderPdf, renderPdfReport } from '../../../../electron/core/export/pdf'
import { EXPECTED_FIELDS, fullForm } from './fixtures'
import { availableFaces, charactersWithoutGlyph } from './fontFaces'
import { firstPageGray, pdfFontNames, pdfPageCount, pdfText, squash, writeFirstPagePng } from './readBack'

describe('renderPdf', async () => {
  const form = fullForm()
  const report = await renderPdfReport(form)
  const pdf = report.pdf
  const text = pdfText(pdf)
  const flat = squash(text)

  it('is a PDF that poppler reads, with page numbers "n / N"', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdfPageCount(pdf)
    expect(pages).toBe(report.pages)
    // A footer line of its own (poppler may drop the thin spaces around the slash).
    for (let i = 1; i <= pages; i++) expect(text).toMatch(new RegExp(`^\\s*${i}\\s*/\\s*${pages}\\s*$`, 'm'))
  })

  it('has the title, 작성일, every label and every value, Korean intact', () => {
    expect(flat).toContain(squash(form.title))
    expect(flat).toContain(squash('작성일: 2026-11-27'))
    for (const f of form.fields) {
      expect(flat, f.label).toContain(squash(f.label))
      expect(flat, f.key).toContain(squash(EXPECTED_FIELDS[f.key]))
    }
    // Time stamps and their texts are two columns: read those lines in layout mode.
    const layoutFlat = squash(pdfText(pdf, true))
    for (const s of form.sections) {
      expect(flat, s.label).toContain(squash(s.label))
      for (const l of s.value.split('\n')) expect(s.key === 'actions' ? layoutFlat : flat, l).toContain(squash(l))
    }
  })

  it('embeds only subset Pretendard for an all-Korean form, nothing replaced', () => {
    expect(pdfFontNames(pdf).sort()).toEqual(['Pretendard-Bold', 'Pretendard-Regular'])
    expect(report.replacedCharacters).toBe(0)
    expect(report.fallbackFontsUsed).toEqual([])
  })

  it('has a glyph in the embedded fonts for every printed character (cmap, not just extraction)', () => {
    expect(charactersWithoutGlyph(text, pdfFontNames(pdf), availableFaces())).toEqual([])
  })

  it('renders a visibly filled first page (not blank), and leaves a PNG in test/artifacts', () => {
    const { width, height, pixels } = firstPageGray(pdf)
    expect(width).toBeGreaterThan(400)
    expect(height).toBeGreaterThan(600)
    let ink = 0
    for (const p of pixels) if (p < 160) ink++
    // Text, grid and shading of a filled form: a few percent of the page, far from blank.
    expect(ink / pixels.length).toBeGreaterThan(0.02)
    // The shaded label column: light grey pixels (the fill) make up a good share too.
    let shade = 0
    for (const p of pixels) if (p > 200 && p < 250) shade++
    expect(shade / pixels.length).toBeGreaterThan(0.02)
    writeFirstPagePng(pdf, 'registration-form', 80)
  })

  it('finds its fonts through fontsDir and fails clearly without them', async () => {
    await expect(renderPdf(form, { fontsDir: '/nonexistent' })).rejects.toThrow(/PDF 글꼴을 찾을 수 없습니다/)
  })
})

describe('the PDF prints what was typed', () => {
  it('error codes keep their x and arrows stay "->": the font\'s contextual alternates and ligatures are off', async () => {
    const { TEXT_FEATURES } = await import('../../../../electron/core/export/pdf')
    type Layout = { layout: (text: string, features?: unknown) => { glyphs: { name: string }[] } }
    const font = availableFaces().get('Pretendard-Regular') as unknown as Layout // the fontkit face pdfkit draws with
    const names = (features?: unknown) => font.layout('0x80042316 ->', features).glyphs.map((g) => g.name)
    expect(names()).toContain('multiply.case') // what the font does by default: 0×80042316 →
    expect(names(TEXT_FEATURES)).toEqual(['zero', 'x', 'eight', 'zero', 'zero', 'four', 'two', 'three', 'one', 'six', 'space', 'hyphen', 'greater'])
  })
})
