/**
 * Where the DOCX cuts a long section onto the next page, so that the part there starts under
 * "<heading> (계속)" as the PDF's does. Word and LibreOffice can repeat a header row but cannot
 * change its text, so the cut is ours: a page break, then a table headed "… (계속)".
 *
 * The heights are estimates (the document is laid out by the reader's program, in 맑은 고딕 or a
 * substitute), made on the tall side: lines of 1.42 em (Malgun Gothic's are 1.33 em; LibreOffice
 * here lays them out at 1.34), Hangul a full em wide, capitals 0.72 em and other Latin 0.6 em
 * (wider than most glyphs), words wrapped whole. So a planned page holds no more than the real one: a cut comes before the
 * program's own page break, never after it, at the cost of a little blank at a page's foot.
 */
import { displayValue, type FormField, type FormSection, type RegistrationForm } from '../../../shared/form'
import { textLines } from './cleanText'
import { splitDatedLine } from './datedLine'

/** The page and the tables, in points (the DOCX's twentieths of a point / 20). */
export interface DocxGeometry {
  bodyHeight: number
  labelWidth: number
  valueWidth: number
  sectionWidth: number
  stampWidth: number
  bodySize: number
  headingSize: number
  titleSize: number
  /** Space above and below a cell's text (both together). */
  cellPadding: number
  /** Space after the title, after the date line and after a section's spacer paragraph. */
  titleAfter: number
  dateAfter: number
  spacerAfter: number
  /** A row longer than this may split across pages (w:cantSplit is off). */
  keepWholeChars: number
}

const LINE_EM = 1.42
const LINE_SPACING = 1.1 // w:line="264" in styles.xml
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u

const lineHeight = (size: number) => size * LINE_EM * LINE_SPACING

/** Width of a character in em: full for Hangul and CJK, generous for the rest (bold 6% wider). */
function charEm(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.32
  if (WIDE.test(ch)) return 1
  return (/[A-Z@%&MW]/.test(ch) ? 0.72 : 0.6) * (bold ? 1.06 : 1)
}

/** How many lines `text` takes at `size` in `width` points, wrapping whole words where it can. */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  const room = width / size // in em
  let lines = 1
  let used = 0
  for (const word of text.split(/(?<= )/u)) {
    const w = [...word].reduce((sum, ch) => sum + charEm(ch, bold), 0)
    if (used + w <= room) {
      used += w
      continue
    }
    if (used > 0) lines++
    used = 0
    // A word longer than the line breaks where it must.
    for (const ch of word) {
      const c = charEm(ch, bold)
      if (used + c > room) {
        lines++
        used = 0
      }
      used += c
    }
  }
  return lines
}

/** Each paragraph's height in a section's rows (the first and last rows carry the box's padding). */
export function sectionParagraphHeights(section: FormSection, g: DocxGeometry): number[] {
  const lines = textLines(displayValue(section).text)
  return lines.map((l, i) => {
    const dated = splitDatedLine(l)
    const n = dated ? lineCount(dated.text, g.sectionWidth - g.stampWidth, g.bodySize) : lineCount(l, g.sectionWidth, g.bodySize)
    const pad = (i === 0 ? g.cellPadding / 2 : 0) + (i === lines.length - 1 ? g.cellPadding / 2 : 0)
    return n * lineHeight(g.bodySize) + pad
  })
}

function fieldRowHeight(field: FormField, g: DocxGeometry): number {
  const label = lineCount(field.label, g.labelWidth, g.bodySize, true)
  const value = textLines(displayValue(field).text).reduce((sum, l) => sum + lineCount(l, g.valueWidth, g.bodySize), 0)
  return Math.max(label, value) * lineHeight(g.bodySize) + g.cellPadding
}

/** Where content of height `h` ends on its page, starting at `y`; `whole` content moves to a new page rather than split. */
function flow(y: number, h: number, whole: boolean, g: DocxGeometry): number {
  if (y + h <= g.bodyHeight) return y + h
  if (whole && h <= g.bodyHeight) return h
  return (y + h) % g.bodyHeight
}

/**
 * For each section, the paragraph indexes at which a new page starts with "… (계속)": walking the
 * document top to bottom, a paragraph that would not fit under the ones already on the page
 * begins the next part. The heading stays with the first two paragraphs (keepNext), as it does
 * on paper, so the first cut is never before the third.
 */
export function planSectionCuts(form: RegistrationForm, g: DocxGeometry): number[][] {
  let y = lineHeight(g.titleSize) + g.titleAfter + lineHeight(g.bodySize) + g.dateAfter
  for (const f of form.fields) y = flow(y, fieldRowHeight(f, g), f.value.length <= g.keepWholeChars, g)
  const heading = lineHeight(g.headingSize) + g.cellPadding
  return form.sections.map((section) => {
    y = flow(y, lineHeight(g.bodySize) + g.spacerAfter, true, g)
    const heights = sectionParagraphHeights(section, g)
    const kept = heights.slice(0, 2).reduce((a, b) => a + b, heading)
    if (y + kept > g.bodyHeight) y = 0 // the heading and its first paragraphs go to the next page together
    y += heading
    const cuts: number[] = []
    heights.forEach((h, i) => {
      // The row before a cut closes its box with the bottom padding.
      if (i >= 2 && y + h + g.cellPadding / 2 > g.bodyHeight) {
        cuts.push(i)
        y = lineHeight(1) + heading // the page-break paragraph (1 pt) and the "(계속)" heading
      }
      y = flow(y, h + (cuts.at(-1) === i ? g.cellPadding / 2 : 0), false, g)
    })
    return cuts
  })
}
