import { describe, expect, it } from 'vitest'
import { renderDocx } from '../../../../electron/core/export/docx'
import { EXPECTED_FIELDS, emptyForm, fullForm, withValue } from './fixtures'
import { docxText, docxToPdfWithLibreOffice, hasCommand, pdfText, squash, unzip, writeFirstPagePng } from './readBack'

const oneSpace = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('renderDocx', async () => {
  const form = fullForm()
  const docx = await renderDocx(form)
  const text = docxText(docx)
  const lines = text.split('\n').map(oneSpace)

  it('is a zip with the WordprocessingML parts', () => {
    const parts = unzip(docx)
    for (const p of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml']) expect(parts.has(p), p).toBe(true)
  })

  it('has the title and 작성일', () => {
    expect(lines).toContain('빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(lines).toContain('작성일: 2026-11-27')
  })

  it('has every label and value of the two-column table, Korean intact, each in its own cell', () => {
    for (const f of form.fields) {
      expect(lines, f.label).toContain(f.label)
      expect(lines, f.key).toContain(EXPECTED_FIELDS[f.key])
    }
  })

  it('has every section heading and every line of its text', () => {
    for (const s of form.sections) {
      expect(lines).toContain(s.label)
      for (const l of s.value.split('\n').filter((x) => x.trim())) expect(lines, l).toContain(oneSpace(l))
    }
  })

  it('sets 맑은 고딕 for East Asian text, Malgun Gothic for Latin, Korean language, and describes the font', () => {
    const parts = unzip(docx)
    const styles = parts.get('word/styles.xml')!.toString('utf8')
    expect(styles).toContain('w:eastAsia="맑은 고딕"')
    expect(styles).toContain('w:ascii="Malgun Gothic"')
    expect(styles).toContain('w:eastAsia="ko-KR"')
    const fonts = parts.get('word/fontTable.xml')!.toString('utf8')
    expect(fonts).toContain('<w:font w:name="맑은 고딕"><w:altName w:val="Malgun Gothic"/>')
    expect(fonts).toContain('<w:charset w:val="81"/>')
  })

  it('prints empty required values as a red (미입력) and empty optional ones as —', async () => {
    const empty = await renderDocx(emptyForm())
    const xml = unzip(empty).get('word/document.xml')!.toString('utf8')
    const markerRuns = [...xml.matchAll(/<w:r><w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>\(미입력\)<\/w:t><\/w:r>/g)]
    expect(markerRuns.length).toBeGreaterThan(0)
    for (const [, rPr] of markerRuns) expect(rPr).toContain('<w:color w:val="C0262D"/>')
    const required = [...emptyForm().fields, ...emptyForm().sections].filter((f) => f.required).length
    expect(docxText(empty).split('\n').filter((l) => l === '(미입력)')).toHaveLength(required)
    expect(docxText(empty).split('\n')).toContain('—')
  })

  it('names the partner engineer as its author and last editor (docProps/core.xml), as the PDF does', async () => {
    const core = unzip(docx).get('docProps/core.xml')!.toString('utf8')
    expect(core).toContain('<dc:creator>김민수</dc:creator>')
    expect(core).toContain('<cp:lastModifiedBy>김민수</cp:lastModifiedBy>')
    expect(core).not.toMatch(/Un-named|escalation tray/)
    const noEngineer = unzip(await renderDocx(withValue(form, 'partnerEngineer', ''))).get('docProps/core.xml')!.toString('utf8')
    expect(noEngineer).toContain('<dc:creator>누리시스템즈(주)</dc:creator>')
  })

  it('drops characters XML forbids instead of producing a file Word refuses', async () => {
    const bad = withValue(form, 'symptoms', 'NUL\u0000 BEL\u0007 lone\uD800 surrogate 끝')
    const t = docxText(await renderDocx(bad))
    expect(t).toContain('NUL BEL lone\uFFFD surrogate 끝')
  })

  it.skipIf(!hasCommand('libreoffice'))('opens in LibreOffice and converts to a PDF with the Korean text', () => {
    const pdf = docxToPdfWithLibreOffice(docx)
    const out = squash(pdfText(pdf))
    expect(out).toContain(squash(form.title))
    for (const value of Object.values(EXPECTED_FIELDS)) expect(out, value).toContain(squash(value))
    writeFirstPagePng(pdf, 'registration-form-docx', 80)
  })
})
