import { describe, expect, it } from 'vitest'
import { REPLACEMENT, wrapParagraph, type WrapOptions } from '../../../../electron/core/export/pdfText'

// Every grapheme 1 unit wide; Hanja only in the fallback font; nothing has emoji.
const opts: WrapOptions = {
  regular: 'R',
  pick: (cps) => (cps.some((c) => c >= 0x1f000) ? null : cps.some((c) => c >= 0x4e00 && c <= 0x9fff) ? 'F' : 'R'),
  measure: (_font, text) => [...new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(text)].length,
}
const texts = (text: string, width: number) => wrapParagraph(text, width, opts).map((l) => l.runs.map((r) => r.text).join(''))

describe('wrapParagraph', () => {
  it('breaks Korean at spaces (어절), never past the width', () => {
    expect(texts('백업 작업이 실패했습니다 다시 시도', 8)).toEqual(['백업 작업이', '실패했습니다', '다시 시도'])
  })

  it('cuts a run without spaces between characters', () => {
    expect(texts('C:\\ProgramData\\Veeam', 8)).toEqual(['C:\\Progr', 'amData\\V', 'eeam'])
  })

  it('splits runs by font and replaces what no font has with a marked REPLACEMENT per grapheme', () => {
    const [line] = wrapParagraph('한글 漢字 👨‍👩‍👧!', 40, opts)
    expect(line.runs).toEqual([
      { font: 'R', text: '한글 ' },
      { font: 'F', text: '漢字' },
      { font: 'R', text: ' ' },
      { font: 'R', text: REPLACEMENT, replaced: true },
      { font: 'R', text: '!' },
    ])
  })

  it('returns one empty line for an empty paragraph (a blank line keeps its height)', () => {
    expect(wrapParagraph('', 10, opts)).toEqual([{ runs: [], width: 0 }])
  })
})
