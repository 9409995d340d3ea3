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
import { displayValue, type FormField, type FormSection, type RegistrationForm } from '../../../shared/form'
import { cleanText, textLines } from './cleanText'
import { splitDatedLine } from './datedLine'
import { FONT_TABLE_XML } from './docxFontTable'
import { BODY_SIZE, STYLES_XML } from './docxStyles'
import { FORM_COLORS } from './formStyle'

// A4 with 18 mm side margins; widths in twentieths of a point.
const PAGE_WIDTH = 11906
const MARGIN_X = 1020
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
const LABEL_WIDTH = 2780
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH
/** Room for '2026-11-27 09:20 (KST)' before the text of a dated line. */
const STAMP_WIDTH = 2600

const hex = (c: string): string => c.replace('#', '').toUpperCase()
const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: hex(FORM_COLORS.grid) }
const frame: IBorderOptions = { style: BorderStyle.SINGLE, size: 10, color: hex(FORM_COLORS.frame) }
const tableBorders = { top: frame, bottom: frame, left: frame, right: frame, insideHorizontal: line, insideVertical: line }
const cellMargins = { top: 70, bottom: 70, left: 120, right: 120 }
const labelShading = { type: ShadingType.CLEAR, color: 'auto', fill: hex(FORM_COLORS.labelFill) }
const headingShading = { type: ShadingType.CLEAR, color: 'auto', fill: hex(FORM_COLORS.headingFill) }

function valueParagraphs(x: FormField | FormSection): Paragraph[] {
  const shown = displayValue(x)
  if (shown.missing) {
    return [new Paragraph({ children: [new TextRun({ text: shown.text, color: hex(FORM_COLORS.missing), bold: true })] })]
  }
  const color = shown.text === x.value ? undefined : hex(FORM_COLORS.muted)
  return textLines(shown.text).map((l) => {
    const dated = splitDatedLine(l)
    if (!dated) return new Paragraph({ children: [new TextRun({ text: l, color })] })
    return new Paragraph({
      indent: { left: STAMP_WIDTH, hanging: STAMP_WIDTH },
      tabStops: [{ type: TabStopType.LEFT, position: STAMP_WIDTH }],
      children: [new TextRun({ text: dated.stamp, color: hex(FORM_COLORS.muted) }), new TextRun({ children: [new Tab(), dated.text] })],
    })
  })
}

function fieldRow(field: FormField): TableRow {
  return new TableRow({
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

/** A long part: a shaded heading row over a free-text row; the text row may run across pages. */
const sectionTable = (section: FormSection): Table =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: cellMargins,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            shading: headingShading,
            children: [new Paragraph({ keepNext: true, children: [new TextRun({ text: cleanText(section.label), bold: true, size: 21 })] })],
          }),
        ],
      }),
      new TableRow({ children: [new TableCell({ children: valueParagraphs(section) })] }),
    ],
  })

const spacer = (after = 200): Paragraph => new Paragraph({ spacing: { after }, children: [] })

export async function renderDocx(form: RegistrationForm): Promise<Buffer> {
  const doc = new Document({
    title: cleanText(form.title),
    creator: 'Veeam escalation tray',
    description: cleanText(form.title),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: 16838 },
            margin: { top: 1000, bottom: 1000, left: MARGIN_X, right: MARGIN_X, footer: 500 },
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
            spacing: { after: 120 },
            children: [new TextRun({ text: cleanText(form.title), bold: true, size: 34 })],
          }),
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { after: 120 },
            children: [new TextRun({ text: `작성일: ${cleanText(form.writtenAt)}`, size: BODY_SIZE })],
          }),
          fieldsTable(form.fields),
          ...form.sections.flatMap((s) => [spacer(160), sectionTable(s)]),
        ],
      },
    ],
  })
  return Packer.toBuffer(doc, false, [
    { path: 'word/fontTable.xml', data: FONT_TABLE_XML },
    { path: 'word/styles.xml', data: STYLES_XML },
  ])
}
