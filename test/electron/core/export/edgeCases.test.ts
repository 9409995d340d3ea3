import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { defaultFallbackFonts, exportRegistrationForm } from '../../../../electron/core/export'
import { renderPdfReport } from '../../../../electron/core/export/pdf'
import { missingRequiredFields, type RegistrationForm } from '../../../../shared/form'
import { emptyForm, fullForm, NOW, sampleRecipients, withValue } from './fixtures'
import { availableFaces, charactersWithoutGlyph } from './fontFaces'
import { docxText, pdfFontNames, pdfPageCount, pdfText, squash, writeFirstPagePng } from './readBack'

const exportAll = (form: RegistrationForm) => exportRegistrationForm(form, { recipients: sampleRecipients(), now: NOW })

describe('a form with every value empty', async () => {
  const form = emptyForm()
  const out = await exportAll(form)
  const required = missingRequiredFields(form).length

  it('exports anyway, with a (미입력) marker for each empty required value', () => {
    expect(docxText(out.docx).split('\n').filter((l) => l === '(미입력)')).toHaveLength(required)
    expect(pdfText(out.pdf).split('\n').filter((l) => l.trim() === '(미입력)')).toHaveLength(required)
    expect(out.text.match(/\(미입력\)/g)).toHaveLength(required)
    expect(out.fileNames.pdf).toBe('기술이슈등록_20261127.pdf')
  })
})

describe('10,000-character values', async () => {
  const words = Array.from({ length: 600 }, (_, i) => `${i}번째 백업 작업 실패 Failed to process VM-${i}`).join(' ').slice(0, 10_000)
  const unbroken = 'ㄱ가A1'.repeat(2_500) // no space to break at: must be cut between characters
  let form = withValue(fullForm(), 'symptoms', words)
  form = withValue(form, 'requestToVeeam', unbroken)
  form = withValue(form, 'title', words)
  const out = await exportAll(form)

  it('flows across pages in the PDF with nothing lost', () => {
    expect(pdfPageCount(out.pdf)).toBeGreaterThan(4)
    // Leave out what the page break adds: the footer "n / N" and the repeated label "… (계속)".
    const body = pdfText(out.pdf)
      .split('\n')
      .filter((l) => !/^\s*\d+\s*\/\s*\d+\s*$/.test(l) && !/\(계속\)\s*$/.test(l))
      .join('\n')
    const flat = squash(body)
    expect(pdfText(out.pdf)).toContain('이슈 제목 (계속)')
    expect(flat).toContain(squash(words))
    expect(flat).toContain(unbroken)
  })

  it('keeps every character in the DOCX', () => {
    const t = squash(docxText(out.docx))
    expect(t).toContain(squash(words))
    expect(t).toContain(unbroken)
  })
})

describe('emoji, Hanja and mixed Korean/English/Japanese', async () => {
  const mixed = '한국어 English 日本語テキスト カタカナ ひらがな 韓國 漢字 😀 👨‍👩‍👧 1️⃣ 🇰🇷 끝'
  const emoji = ['😀', '👨‍👩‍👧', '1️⃣', '🇰🇷']
  let form = withValue(fullForm(), 'symptoms', mixed)
  form = withValue(form, 'customer', '스마일😀상사')
  const report = await renderPdfReport(form)
  const text = pdfText(report.pdf)
  const hasCjkFallback = defaultFallbackFonts().length > 0

  it('never prints a character the embedded fonts lack (checked against their cmaps)', () => {
    expect(charactersWithoutGlyph(text, pdfFontNames(report.pdf), availableFaces())).toEqual([])
  })

  it('draws each emoji as a visible replacement, counts them and says so on the form', () => {
    for (const e of emoji) expect(text).not.toContain(e)
    const expected = emoji.length + 1 + (hasCjkFallback ? 0 : [...'日本語韓國漢字'].length)
    expect(report.replacedCharacters).toBe(expected)
    expect(squash(text)).toContain(squash(`PDF 글꼴에 없는 문자 ${expected}자는 빨간 ‘?’로 표시했습니다`))
    // The DOCX has them as typed; the e-mail body is a short cover letter without the form's text.
    expect(squash(text)).toContain(squash('원래 글자는 같은 이름의 DOCX 파일에 그대로 있습니다.'))
    expect(text).not.toContain('메일 본문')
    expect(squash(text)).toContain('스마일?상사')
    writeFirstPagePng(report.pdf, 'registration-form-mixed-scripts', 80)
  })

  it('keeps Korean, English and kana from Pretendard', () => {
    expect(squash(text)).toContain(squash('한국어 English'))
    expect(text).toContain('カタカナ ひらがな')
  })

  it.runIf(hasCjkFallback)('draws Hanja with the embedded fallback CJK font', () => {
    expect(text).toContain('韓國 漢字')
    expect(text).toContain('日本語テキスト')
    expect(report.fallbackFontsUsed.length).toBeGreaterThan(0)
    expect(pdfFontNames(report.pdf)).toHaveLength(3)
  })

  it('replaces Hanja visibly too when no fallback CJK font is installed', async () => {
    const bare = await renderPdfReport(form, { fallbackFonts: [] })
    const t = pdfText(bare.pdf)
    expect(t).not.toMatch(/[韓國漢字日本語]/u)
    expect(bare.replacedCharacters).toBe(emoji.length + 1 + [...'日本語韓國漢字'].length)
    expect(pdfFontNames(bare.pdf).sort()).toEqual(['Pretendard-Bold', 'Pretendard-Regular'])
    expect(charactersWithoutGlyph(t, pdfFontNames(bare.pdf), availableFaces())).toEqual([])
  })

  it('keeps everything as typed in the DOCX and the e-mail', async () => {
    const out = await exportAll(form)
    expect(docxText(out.docx)).toContain(mixed)
    const mail = await simpleParser(out.eml)
    expect(mail.subject).toBe('[기술이슈 등록] 스마일😀상사 / Case #07712345 / Sev1')
    expect(out.fileNames.docx).toBe('기술이슈등록_스마일😀상사_07712345_20261127.docx')
  })
})

describe('a customer name full of path characters', async () => {
  const nasty = '../..\\C:\\Windows\\system32\\고객:*?"<>|사\u0000\u202E.  '
  const form = withValue(fullForm(), 'customer', nasty)
  const out = await exportAll(form)

  it('gives file names with no path or reserved characters', () => {
    for (const name of Object.values(out.fileNames)) {
      expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u)
      expect(name.startsWith('기술이슈등록_')).toBe(true)
    }
    expect(out.fileNames.pdf).toBe('기술이슈등록_C_Windows_system32_고객_사_07712345_20261127.pdf')
  })

  it('attaches the documents under those names and prints the name as typed (less control characters)', async () => {
    const mail = await simpleParser(out.eml)
    expect(mail.attachments.map((a) => a.filename)).toEqual([out.fileNames.docx, out.fileNames.pdf])
    expect(squash(pdfText(out.pdf))).toContain(squash('../..\\C:\\Windows\\system32\\고객:*?"<>|사'))
    expect(docxText(out.docx)).toContain('../..\\C:\\Windows\\system32\\고객:*?"<>|사')
  })
})
