import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx'
import { displayValue, formAuthor, type FormField, type FormSection, type RegistrationForm } from '../../../shared/form'
import { cleanText, textLines } from './cleanText'
import { splitDatedLine } from './datedLine'
import { FONT_TABLE_XML } from './docxFontTable'
import { planSectionCuts, type DocxGeometry } from './docxPages'
import { BODY_SIZE, STYLES_XML } from './docxStyles'
import { FORM_COLORS } from './formStyle'

// A4 with 18 mm side margins; widths in twentieths of a point.
const PAGE_WIDTH = 11906
const PAGE_HEIGHT = 16838
const MARGIN_X = 1020
const MARGIN_Y = 1000
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
const LABEL_WIDTH = 2780
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
/** Room for '2026-11-27 09:20 (KST)' before the text of a dated line. */
const STAMP_WIDTH = 2600

const hex = (c: string): string => c.replace('#', '').toUpperCase()
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(FORM_COLORS.grid) }
const frame: IBorderOptions = { style: BorderStyle.SINGLE, size: 10, color: hex(FORM_COLORS.frame) }
const tableBorders = { top: frame, bottom: frame, left: frame, right: frame, insideHorizontal: line, insideVertical: line }
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const cellMargins = { top: 70, bottom: 70, left: 120, right: 120 }
/**
 * A row this short is kept on one page (w:cantSplit): split, it can leave an empty bordered box at
 * the foot of a page. Longer ones may split (a page-long paragraph must), with text on both sides.
 */
const KEEP_WHOLE_CHARS = 600
const HEADING_SIZE = 21
const TITLE_SIZE = 34
const TITLE_AFTER = 120
const SPACER_AFTER = 160

/** The same measures in points, for planning where long sections are cut (docxPages.ts). */
const GEOMETRY: DocxGeometry = {
  bodyHeight: (PAGE_HEIGHT - 2 * MARGIN_Y) / 20,
  labelWidth: (LABEL_WIDTH - cellMargins.left - cellMargins.right) / 20,
  valueWidth: (VALUE_WIDTH - cellMargins.left - cellMargins.right) / 20,
  sectionWidth: (CONTENT_WIDTH - cellMargins.left - cellMargins.right) / 20,
  stampWidth: STAMP_WIDTH / 20,
  bodySize: BODY_SIZE / 2,
  headingSize: HEADING_SIZE / 2,
  titleSize: TITLE_SIZE / 2,
  cellPadding: (cellMargins.top + cellMargins.bottom) / 20,
  titleAfter: TITLE_AFTER / 20,
  dateAfter: TITLE_AFTER / 20,
  spacerAfter: SPACER_AFTER / 20,
  keepWholeChars: KEEP_WHOLE_CHARS,
}
const labelShading = { type: ShadingType.CLEAR, color: 'auto', fill: hex(FORM_COLORS.labelFill) }
const headingShading = { type: ShadingType.CLEAR, color: 'auto', fill: hex(FORM_COLORS.headingFill) }

/** The value's paragraphs; the first `keepNext` of them stay on the page of the one after them. */
function valueParagraphs(x: FormField | FormSection, keepNext = 0): Paragraph[] {
  const shown = displayValue(x)
  if (shown.missing) {
    return [new Paragraph({ children: [new TextRun({ text: shown.text, color: hex(FORM_COLORS.missing), bold: true })] })]
  }
  const color = shown.text === x.value ? undefined : hex(FORM_COLORS.muted)
  const lines = textLines(shown.text)
  return lines.map((l, i) => {
    const dated = splitDatedLine(l)
    const keep = i < keepNext && i < lines.length - 1
    if (!dated) return new Paragraph({ keepNext: keep, children: [new TextRun({ text: l, color })] })
    return new Paragraph({
      keepNext: keep,
      indent: { left: STAMP_WIDTH, hanging: STAMP_WIDTH },
      tabStops: [{ type: TabStopType.LEFT, position: STAMP_WIDTH }],
      children: [new TextRun({ text: dated.stamp, color: hex(FORM_COLORS.muted) }), new TextRun({ children: [new Tab(), dated.text] })],
    })
  })
}

function fieldRow(field: FormField): TableRow {
  return new TableRow({
    cantSplit: field.value.length <= KEEP_WHOLE_CHARS,
    children: [
      new TableCell({
        width: { size: LABEL_WIDTH, type: WidthType.DXA },
        shading: labelShading,
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ children: [new TextRun({ text: cleanText(field.label), bold: true })] })],
      }),
      new TableCell({
        width: { size: VALUE_WIDTH, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: valueParagraphs(field),
      }),
    ],
  })
}

const fieldsTable = (fields: FormField[]): Table =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, VALUE_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: cellMargins,
    rows: fields.map(fieldRow),
  })

/**
 * A long part: a shaded heading row over its text, one row per paragraph so that Word and
 * LibreOffice break between paragraphs. Where the plan cuts it (`cuts`: paragraph indexes), the
 * rest starts on a new page in a table headed "… (계속)". Each heading row is also a repeated
 * header row (w:tblHeader), for a page break the reader's own edits may add.
 */
function sectionTables(section: FormSection, cuts: number[]): Array<Paragraph | Table> {
  // The heading stays with the first two paragraphs.
  const paragraphs = valueParagraphs(section, 2)
  const lengths = textLines(displayValue(section).text).map((l) => l.length)
  const starts = [0, ...cuts]
  return starts.flatMap((start, part) => {
    const end = starts[part + 1] ?? paragraphs.length
    const label = part === 0 ? cleanText(section.label) : `${cleanText(section.label)} (계속)`
    const table = partTable(label, paragraphs.slice(start, end), lengths.slice(start, end))
    return part === 0 ? [table] : [pageBreak(), table]
  })
}

function partTable(label: string, paragraphs: Paragraph[], lengths: number[]): Table {
  const last = paragraphs.length - 1
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { ...tableBorders, insideHorizontal: none },
    margins: cellMargins,
    rows: [
      new TableRow({
        cantSplit: true,
        tableHeader: true,
        children: [
          new TableCell({
            shading: headingShading,
            borders: { bottom: line },
            children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: label, bold: true, size: HEADING_SIZE })] })],
          }),
        ],
      }),
      ...paragraphs.map(
        (p, i) =>
          new TableRow({
            cantSplit: (lengths[i] ?? 0) <= KEEP_WHOLE_CHARS,
            children: [
              new TableCell({
                // The rows read as one box: padding only above the first and below the last paragraph.
                margins: { ...cellMargins, top: i === 0 ? cellMargins.top : 0, bottom: i === last ? cellMargins.bottom : 0 },
                children: [p],
              }),
            ],
          }),
      ),
    ],
  })
}

/** A 1-pt paragraph that starts a new page (two tables need a paragraph between them, or Word joins them). */
const pageBreak = (): Paragraph => new Paragraph({ pageBreakBefore: true, spacing: { after: 0, line: 20, lineRule: 'exact' }, run: { size: 2 }, children: [] })

const spacer = (after = 200): Paragraph => new Paragraph({ spacing: { after }, children: [] })

export async function renderDocx(form: RegistrationForm): Promise<Buffer> {
  const cuts = planSectionCuts(form, GEOMETRY)
  const doc = new Document({
    title: cleanText(form.title),
    creator: cleanText(formAuthor(form)),
    lastModifiedBy: cleanText(formAuthor(form)),
    description: cleanText(form.title),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN_Y, bottom: MARGIN_Y, left: MARGIN_X, right: MARGIN_X, footer: 500 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 16, color: hex(FORM_COLORS.muted) }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: TITLE_AFTER },
            children: [new TextRun({ text: cleanText(form.title), bold: true, size: TITLE_SIZE })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: TITLE_AFTER },
            children: [new TextRun({ text: `작성일: ${cleanText(form.writtenAt)}`, size: BODY_SIZE })],
          }),
          fieldsTable(form.fields),
          ...form.sections.flatMap((s, i) => [spacer(SPACER_AFTER), ...sectionTables(s, cuts[i])]),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc, false, [
    { path: 'word/fontTable.xml', data: FONT_TABLE_XML },
    { path: 'word/styles.xml', data: STYLES_XML },
  ])
}
