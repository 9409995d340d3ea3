import PDFDocument from 'pdfkit'
import { displayValue, formAuthor, formValue, type FormField, type FormSection, type RegistrationForm } from '../../../shared/form'
import { cleanText } from './cleanText'
import { FORM_COLORS } from './formStyle'
import { REGULAR, type PdfFontOptions } from './pdfFonts'
import { LEADING, LEFT, PAD_X, PdfPage, SIZE, TEXT_FEATURES, WIDTH, type VLine } from './pdfPage'

export { TEXT_FEATURES } from './pdfPage'

const LABEL_W = 139
const HEADING_SIZE = 10.5
const TITLE_SIZE = 17

export interface PdfReport {
  pdf: Buffer
  /** Characters no embedded font has, drawn as a red '?'. */
  replacedCharacters: number
  fallbackFontsUsed: string[]
  pages: number
}

/** The registration form on PdfPage: title, the two-column fields table, the long sections. */
class FormPdf extends PdfPage {
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

  /** A shaded heading over the text; text that runs onto the next page has the heading again, "(계속)". */
  section(s: FormSection): void {
    const inner = WIDTH - 2 * PAD_X
    const label = cleanText(s.label)
    const heading = (text: string, color?: string) => [
      { x: LEFT, w: WIDTH, fill: FORM_COLORS.headingFill, lines: this.lines(text, inner, { bold: true, size: HEADING_SIZE, color }) },
    ]
    this.beginTable()
    this.row([{ x: LEFT, w: WIDTH, lines: this.valueLines(s, inner) }], {
      minLinesBeforeBreak: 3,
      header: heading(label),
      continuedHeader: heading(`${label} (계속)`, FORM_COLORS.muted),
    })
    this.endTable(12)
  }

  /** Says so under the form when some characters could not be drawn. */
  replacementNote(): number {
    const n = this.replacedCharacters
    if (n === 0) return 0
    const note = `※ PDF 글꼴에 없는 문자 ${n}자는 빨간 ‘?’로 표시했습니다. 원래 글자는 같은 이름의 DOCX 파일에 그대로 있습니다.`
    const ls = this.lines(note, WIDTH, { color: FORM_COLORS.muted, size: 8 })
    this.keepTogether(ls.length * LEADING)
    ls.forEach((l, i) => this.drawLine(l, LEFT, this.y + i * LEADING))
    this.y += ls.length * LEADING
    return n
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

