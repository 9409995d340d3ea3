/**
 * Splitting text into font runs and wrapping it into lines for the PDF. pdfkit's own wrapper
 * handles one font per call; a cell may mix Pretendard, a fallback CJK font and replacement
 * marks, so lines are measured and broken here, grapheme by grapheme.
 */

export interface Run {
  font: string
  text: string
  /** Drawn as a visible replacement because no embedded font has the character. */
  replaced?: boolean
}

export interface Line {
  runs: Run[]
  width: number
}

export type FontPicker = (codePoints: number[], bold: boolean) => string | null
export type Measure = (font: string, text: string) => number

export const REPLACEMENT = '?'

const segmenter = new Intl.Segmenter('ko', { granularity: 'grapheme' })
// Variation selectors, joiners and other invisible format characters need no glyph of their own.
const IGNORABLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u

interface Cell {
  font: string
  text: string
  replaced: boolean
  space: boolean
}

/** One paragraph (no newlines) as graphemes, each tagged with the font that can draw it. */
function cells(text: string, bold: boolean, pick: FontPicker, regular: string): Cell[] {
  const out: Cell[] = []
  for (const { segment } of segmenter.segment(text)) {
    const cps = [...segment].filter((ch) => !IGNORABLE.test(ch)).map((ch) => ch.codePointAt(0) as number)
    if (cps.length === 0) continue
    const space = /^\s+$/u.test(segment)
    if (space) {
      out.push({ font: pick([0x20], bold) ?? regular, text: ' ', replaced: false, space })
      continue
    }
    const font = pick(cps, bold)
    out.push(font ? { font, text: segment, replaced: false, space } : { font: regular, text: REPLACEMENT, replaced: true, space })
  }
  return out
}

function toRuns(line: Cell[]): Run[] {
  const runs: Run[] = []
  for (const c of line) {
    const last = runs[runs.length - 1]
    if (last && last.font === c.font && !!last.replaced === c.replaced) last.text += c.text
    else runs.push(c.replaced ? { font: c.font, text: c.text, replaced: true } : { font: c.font, text: c.text })
  }
  return runs
}

export interface WrapOptions {
  bold?: boolean
  pick: FontPicker
  measure: Measure
  /** Font used for spaces and replacement marks. */
  regular: string
}

/**
 * Greedy wrapping of one paragraph to `maxWidth`: breaks after spaces, the way Korean business
 * text is set (어절 단위); a run without spaces longer than a line (a path, a hash, a long error
 * code) is broken between any two characters. Returns at least one (possibly empty) line.
 */
export function wrapParagraph(text: string, maxWidth: number, o: WrapOptions): Line[] {
  const all = cells(text, o.bold ?? false, o.pick, o.regular)
  const widthCache = new Map<string, number>()
  const w = (c: Cell) => {
    const k = `${c.font}\u0000${c.text}`
    let v = widthCache.get(k)
    if (v === undefined) {
      v = o.measure(c.font, c.text)
      widthCache.set(k, v)
    }
    return v
  }
  const lines: Line[] = []
  let line: Cell[] = []
  let width = 0
  let lastSpace = -1 // index in `line` of the last space, the preferred break
  const push = (cs: Cell[]) => {
    while (cs.length && cs[cs.length - 1].space) cs.pop()
    lines.push({ runs: toRuns(cs), width: cs.reduce((s, c) => s + w(c), 0) })
  }
  for (const c of all) {
    if (line.length === 0 && c.space && lines.length > 0) continue // no leading space on a wrapped line
    const cw = w(c)
    while (width + cw > maxWidth && line.length > 0 && !c.space) {
      if (lastSpace > 0) {
        const rest = line.slice(lastSpace + 1)
        push(line.slice(0, lastSpace))
        line = rest
      } else {
        push(line)
        line = []
      }
      width = line.reduce((s, x) => s + w(x), 0)
      lastSpace = -1
    }
    line.push(c)
    width += cw
    if (c.space) lastSpace = line.length - 1
  }
  push(line)
  return lines
}
