import { textLines } from './cleanText'
import { splitDatedLine } from './datedLine'
import { FORM_COLORS } from './formStyle'
import { REGULAR, registerFonts, type PdfFontOptions, type RegisteredFonts } from './pdfFonts'
import { wrapParagraph, type Line, type Run } from './pdfText'

/**
 * Pretendard's contextual alternates and ligatures turn the x of "0x80042316" into × and "->" into
 * →: a form must print error codes exactly as typed, so both are off for every run (kerning stays).
 * fontkit takes a {feature: on/off} map; @types/pdfkit only knows the list form, hence the cast.
 */
export const TEXT_FEATURES = { calt: false, clig: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[]

// A4 in points; the same proportions as the DOCX (18 mm side margins, label column 139 pt).
const PAGE_W = 595.28
const PAGE_H = 841.89
export const LEFT = 51
const TOP = 50
const BOTTOM = PAGE_H - 58
export const WIDTH = PAGE_W - 2 * LEFT
export const PAD_X = 6
const PAD_Y = 5
export const SIZE = 9.5
export const LEADING = 14
const STAMP_GAP = 8

/** A wrapped line placed in a cell: `prefix` (a time stamp) at the cell's left, `runs` at `indent`. */
export interface VLine {
  runs: Run[]
  indent: number
  prefix?: Run[]
  color: string
  size: number
}

export interface CellSpec {
  x: number
  w: number
  lines: VLine[]
  fill?: string
  /** Lines shown on the following pages when the row is split (the label, marked 계속). */
  continued?: VLine[]
}

export interface RowOptions {
  /** Lines the row shows at least before it may break (else it starts on the next page). */
  minLinesBeforeBreak?: number
  /** A heading row drawn above this one, kept with its first lines. */
  header?: CellSpec[]
  /** The heading row drawn again at the top of each page the row continues on ("… (계속)"). */
  continuedHeader?: CellSpec[]
}

/** The PDF page machinery of the form: wrapped lines, framed tables, rows that run across pages. */
export class PdfPage {
  y = TOP
  private segmentTop = TOP
  private replaced = 0
  readonly fonts: RegisteredFonts

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fontOpts: PdfFontOptions,
  ) {
    this.fonts = registerFonts(doc, fontOpts)
  }

  /** Characters drawn as a red '?' so far. */
  get replacedCharacters(): number {
    return this.replaced
  }

  measure(font: string, text: string, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(text, { features: TEXT_FEATURES })
  }

  /** Wraps a possibly multi-line value; time-stamped lines hang their text after the stamp. */
  lines(text: string, width: number, o: { bold?: boolean; color?: string; size?: number } = {}): VLine[] {
    const size = o.size ?? SIZE
    const color = o.color ?? FORM_COLORS.text
    const wrap = (t: string, w: number, bold = o.bold): Line[] => {
      return wrapParagraph(t, w, {
        bold,
        pick: (cps, b) => this.fonts.fontFor(cps, b),
        measure: (f, s) => this.measure(f, s, size),
        regular: REGULAR,
      })
    }
    const raws = textLines(text)
    const dated = raws.map(splitDatedLine)
    const stamps = dated.map((d) => (d ? wrap(d.stamp, width, false)[0] : null))
    // One hanging indent for the whole value, so the texts after the stamps line up.
    const indent = Math.max(0, ...stamps.map((st) => (st ? st.width : 0))) + STAMP_GAP
    return raws.flatMap((raw, n) => {
      const d = dated[n]
      const stamp = stamps[n]
      if (!d || !stamp) return wrap(raw, width).map((l) => ({ runs: l.runs, indent: 0, color, size }))
      return wrap(d.text, width - indent).map((l, i) => ({
        runs: l.runs,
        indent,
        prefix: i === 0 ? stamp.runs : undefined,
        color,
        size,
      }))
    })
  }

  drawRuns(runs: Run[], x: number, y: number, color: string, size: number): number {
    for (const r of runs) {
      if (r.replaced) this.replaced += r.text.length // one REPLACEMENT per grapheme: counted as drawn
      this.doc.font(r.font).fontSize(size).fillColor(r.replaced ? FORM_COLORS.replaced : color)
      this.doc.text(r.text, x, y, { lineBreak: false, baseline: 'alphabetic', features: TEXT_FEATURES })
      x += this.measure(r.font, r.text, size)
    }
    return x
  }

  drawLine(l: VLine, x: number, y: number): void {
    // Runs share one baseline (fonts differ in ascent), set so capitals sit centred in the leading.
    const baseline = y + (LEADING + l.size * 0.72) / 2
    if (l.prefix) this.drawRuns(l.prefix, x, baseline, FORM_COLORS.muted, l.size)
    this.drawRuns(l.runs, x + l.indent, baseline, l.color, l.size)
  }

  private closeSegment(): void {
    if (this.y > this.segmentTop) {
      this.doc.lineWidth(1).strokeColor(FORM_COLORS.frame).rect(LEFT, this.segmentTop, WIDTH, this.y - this.segmentTop).stroke()
    }
  }

  private newPage(): void {
    this.closeSegment()
    this.doc.addPage()
    this.y = TOP
    this.segmentTop = TOP
  }

  /** Starts a framed table here. */
  beginTable(): void {
    this.segmentTop = this.y
  }

  endTable(gapAfter: number): void {
    this.closeSegment()
    this.y += gapAfter
    this.segmentTop = this.y
  }

  /** Moves to a new page unless `height` fits on this one. */
  keepTogether(height: number): void {
    if (this.y + height > BOTTOM && this.y > TOP) {
      this.closeSegment()
      this.doc.addPage()
      this.y = TOP
    }
    this.segmentTop = this.y
  }

  /** Draws `take` lines of each cell at the current position, as one row of the grid. */
  private drawCells(cells: CellSpec[], shown: VLine[][], take: number): void {
    const height = take * LEADING + 2 * PAD_Y
    cells.forEach((c, i) => {
      if (c.fill) this.doc.rect(c.x, this.y, c.w, height).fill(c.fill)
      const ls = shown[i].slice(0, take)
      const centre = ((take - ls.length) * LEADING) / 2 // vertically centred, like the DOCX cells
      ls.forEach((l, n) => this.drawLine(l, c.x + PAD_X, this.y + PAD_Y + centre + n * LEADING))
      this.doc.lineWidth(0.5).strokeColor(FORM_COLORS.grid).rect(c.x, this.y, c.w, height).stroke()
    })
    this.y += height
  }

  private drawHeader(cells: CellSpec[]): void {
    this.drawCells(cells, cells.map((c) => c.lines), Math.max(1, ...cells.map((c) => c.lines.length)))
  }

  private static headerHeight(cells: CellSpec[] | undefined): number {
    return cells ? Math.max(1, ...cells.map((c) => c.lines.length)) * LEADING + 2 * PAD_Y : 0
  }

  /**
   * Draws one table row; a row taller than what is left of the page continues on the next one,
   * under its heading again when it has one.
   */
  row(cells: CellSpec[], o: RowOptions = {}): void {
    const minLinesBeforeBreak = o.minLinesBeforeBreak ?? 2
    const done = cells.map(() => 0)
    for (let piece = 0; ; piece++) {
      const header = piece === 0 ? o.header : (o.continuedHeader ?? o.header)
      const headerHeight = PdfPage.headerHeight(header)
      const shown = cells.map((c, i) => (c.continued && piece > 0 ? c.continued : c.lines.slice(done[i])))
      const fixed = cells.map((c) => !!c.continued)
      const needLines = Math.max(1, ...shown.map((l) => l.length))
      const fullHeight = needLines * LEADING + 2 * PAD_Y
      const avail = BOTTOM - this.y - headerHeight
      let take = needLines
      if (fullHeight > avail) {
        const fit = Math.floor((avail - 2 * PAD_Y) / LEADING)
        const minimum = Math.max(1, ...shown.map((l, i) => (fixed[i] ? l.length : 0)), Math.min(minLinesBeforeBreak, needLines))
        const wholeRowFitsOnNextPage = piece === 0 && headerHeight + fullHeight <= BOTTOM - TOP
        if (this.y > TOP && (fit < minimum || wholeRowFitsOnNextPage)) {
          this.newPage()
          piece--
          continue
        }
        take = Math.max(1, fit)
      }
      if (header) this.drawHeader(header)
      this.drawCells(cells, shown, take)
      cells.forEach((_, i) => {
        if (!fixed[i]) done[i] += take
      })
      if (cells.every((c, i) => fixed[i] || done[i] >= c.lines.length)) return
      this.newPage()
    }
  }

  pageNumbers(): number {
    const { start, count } = this.doc.bufferedPageRange()
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i)
      const text = `${i - start + 1} / ${count}`
      this.doc.font(REGULAR).fontSize(8).fillColor(FORM_COLORS.muted)
      this.doc.text(text, (PAGE_W - this.measure(REGULAR, text, 8)) / 2, PAGE_H - 36, { lineBreak: false, features: TEXT_FEATURES })
    }
    return count
  }
}
