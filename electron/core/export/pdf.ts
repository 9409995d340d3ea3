import PDFDocument from 'pdfkit'
import { displayValue, formAuthor, formValue, type FormField, type FormSection, type RegistrationForm } from '../../../shared/form'
import { cleanText, textLines } from './cleanText'
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
const LEFT = 51
const TOP = 50
const BOTTOM = PAGE_H - 58
const WIDTH = PAGE_W - 2 * LEFT
const LABEL_W = 139
const PAD_X = 6
const PAD_Y = 5
const SIZE = 9.5
const LEADING = 14
const HEADING_SIZE = 10.5
const TITLE_SIZE = 17
const STAMP_GAP = 8

/** A wrapped line placed in a cell: `prefix` (a time stamp) at the cell's left, `runs` at `indent`. */
interface VLine {
  runs: Run[]
  indent: number
  prefix?: Run[]
  color: string
  size: number
}

interface CellSpec {
  x: number
  w: number
  lines: VLine[]
  fill?: string
  /** Lines shown on the following pages when the row is split (the label, marked 계속). */
  continued?: VLine[]
}

export interface PdfReport {
  pdf: Buffer
  /** Characters no embedded font has, drawn as a red '?'. */
  replacedCharacters: number
  fallbackFontsUsed: string[]
  pages: number
}

class FormPdf {
  private y = TOP
  private segmentTop = TOP
  private replaced = 0
  readonly fonts: RegisteredFonts

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fontOpts: PdfFontOptions,
  ) {
    this.fonts = registerFonts(doc, fontOpts)
  }

  private measure(font: string, text: string, size: number): number {
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

  private drawRuns(runs: Run[], x: number, y: number, color: string, size: number): number {
    for (const r of runs) {
      if (r.replaced) this.replaced += r.text.length // one REPLACEMENT per grapheme: counted as drawn
      this.doc.font(r.font).fontSize(size).fillColor(r.replaced ? FORM_COLORS.replaced : color)
      this.doc.text(r.text, x, y, { lineBreak: false, baseline: 'alphabetic', features: TEXT_FEATURES })
      x += this.measure(r.font, r.text, size)
    }
    return x
  }

  private drawLine(l: VLine, x: number, y: number): void {
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

  /** Draws one table row; a row taller than what is left of the page continues on the next one. */
  row(cells: CellSpec[], minLinesBeforeBreak = 2): void {
    const done = cells.map(() => 0)
    for (let piece = 0; ; piece++) {
      const shown = cells.map((c, i) => (c.continued && piece > 0 ? c.continued : c.lines.slice(done[i])))
      const fixed = cells.map((c) => !!c.continued)
      const needLines = Math.max(1, ...shown.map((l) => l.length))
      const fullHeight = needLines * LEADING + 2 * PAD_Y
      const avail = BOTTOM - this.y
      let take = needLines
      if (fullHeight > avail) {
        const fit = Math.floor((avail - 2 * PAD_Y) / LEADING)
        const minimum = Math.max(1, ...shown.map((l, i) => (fixed[i] ? l.length : 0)), Math.min(minLinesBeforeBreak, needLines))
        const wholeRowFitsOnNextPage = piece === 0 && fullHeight <= BOTTOM - TOP
        if (this.y > TOP && (fit < minimum || wholeRowFitsOnNextPage)) {
          this.newPage()
          piece--
          continue
        }
        take = Math.max(1, fit)
      }
      const height = take * LEADING + 2 * PAD_Y
      cells.forEach((c, i) => {
        if (c.fill) this.doc.rect(c.x, this.y, c.w, height).fill(c.fill)
        const ls = shown[i].slice(0, take)
        const centre = ((take - ls.length) * LEADING) / 2 // vertically centred, like the DOCX cells
        ls.forEach((l, n) => this.drawLine(l, c.x + PAD_X, this.y + PAD_Y + centre + n * LEADING))
        this.doc.lineWidth(0.5).strokeColor(FORM_COLORS.grid).rect(c.x, this.y, c.w, height).stroke()
        if (!fixed[i]) done[i] += take
      })
      this.y += height
      if (cells.every((c, i) => fixed[i] || done[i] >= c.lines.length)) return
      this.newPage()
    }
  }

  title(text: string, writtenAt: string): void {
    const [line] = this.lines(text, WIDTH, { bold: true, size: TITLE_SIZE })
    const w = line.runs.reduce((s, r) => s + this.measure(r.font, r.text, TITLE_SIZE), 0)
    this.drawRuns(line.runs, LEFT + (WIDTH - w) / 2, this.y + TITLE_SIZE * 0.95, FORM_COLORS.text, TITLE_SIZE)
    this.y += TITLE_SIZE * 1.2 + 8
    const date = `작성일: ${writtenAt}`
    this.doc.font(REGULAR).fontSize(SIZE).fillColor(FORM_COLORS.text)
    this.doc.text(date, LEFT + WIDTH - this.measure(REGULAR, date, SIZE), this.y + SIZE, { lineBreak: false, baseline: 'alphabetic', features: TEXT_FEATURES })
    this.y += LEADING + 4
  }

  private valueLines(x: FormField | FormSection, width: number): VLine[] {
    const shown = displayValue(x)
    if (shown.missing) return this.lines(shown.text, width, { bold: true, color: FORM_COLORS.missing })
    return this.lines(shown.text, width, { color: shown.text === x.value ? FORM_COLORS.text : FORM_COLORS.muted })
  }

  fields(fields: FormField[]): void {
    this.beginTable()
    const valueW = WIDTH - LABEL_W
    for (const f of fields) {
      const label = cleanText(f.label)
      this.row([
        {
          x: LEFT,
          w: LABEL_W,
          fill: FORM_COLORS.labelFill,
          lines: this.lines(label, LABEL_W - 2 * PAD_X, { bold: true }),
          continued: this.lines(`${label} (계속)`, LABEL_W - 2 * PAD_X, { bold: true, color: FORM_COLORS.muted }),
        },
        { x: LEFT + LABEL_W, w: valueW, lines: this.valueLines(f, valueW - 2 * PAD_X) },
      ])
    }
    this.endTable(12)
  }

  section(s: FormSection): void {
    const inner = WIDTH - 2 * PAD_X
    const heading = this.lines(cleanText(s.label), inner, { bold: true, size: HEADING_SIZE })
    const body = this.valueLines(s, inner)
    // Keep the heading with the first lines of its text.
    this.keepTogether((heading.length + Math.min(body.length, 3)) * LEADING + 4 * PAD_Y)
    this.row([{ x: LEFT, w: WIDTH, fill: FORM_COLORS.headingFill, lines: heading }])
    this.row([
      {
        x: LEFT,
        w: WIDTH,
        lines: body,
      },
    ])
    this.endTable(12)
  }

  /** Says so under the form when some characters could not be drawn. */
  replacementNote(): number {
    const n = this.replaced
    if (n === 0) return 0
    const note = `※ PDF 글꼴에 없는 문자 ${n}자는 빨간 ‘?’로 표시했습니다. 원래 글자는 같은 이름의 DOCX 파일에 그대로 있습니다.`
    const ls = this.lines(note, WIDTH, { color: FORM_COLORS.muted, size: 8 })
    this.keepTogether(ls.length * LEADING)
    ls.forEach((l, i) => this.drawLine(l, LEFT, this.y + i * LEADING))
    this.y += ls.length * LEADING
    return n
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

/** Renders the form and reports what had to be substituted. */
export async function renderPdfReport(form: RegistrationForm, opts: PdfFontOptions = {}): Promise<PdfReport> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: 'ko-KR',
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: cleanText(form.title),
      Author: cleanText(formAuthor(form)),
      Subject: cleanText([formValue(form, 'customer'), formValue(form, 'caseNumber')].filter(Boolean).join(' / ')),
      Creator: 'Veeam escalation tray',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  const page = new FormPdf(doc, opts)
  page.title(cleanText(form.title), cleanText(form.writtenAt))
  page.fields(form.fields)
  for (const s of form.sections) page.section(s)
  const replacedCharacters = page.replacementNote()
  const pages = page.pageNumbers()
  doc.end()
  await ended
  return { pdf: Buffer.concat(chunks), replacedCharacters, fallbackFontsUsed: page.fonts.fallbacksUsed(), pages }
}

export async function renderPdf(form: RegistrationForm, opts: PdfFontOptions = {}): Promise<Buffer> {
  return (await renderPdfReport(form, opts)).pdf
}

