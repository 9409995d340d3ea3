import { z } from 'zod'
import type { Bilingual } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc/result'
import { AppSettingsSchema, ContactSchema, CustomerSchema, IssueSchema, StepStateSchema, TimelineEventSchema } from '../../../shared/model'

/**
 * The data file's two formats. `/2` (written since the streamed export) is JSON lines: a header
 * line, one line per contact, customer, issue (with its steps and timeline) and alert already sent,
 * and an `end` line with the counts, so that a truncated file is refused. `/1` (older exports) is
 * one JSON document with the same records in arrays; it still imports.
 */
export const FORMAT_V1 = 'veeam-escalation-tray/1'
export const FORMAT_V2 = 'veeam-escalation-tray/2'

export const IssueRecordSchema = z.object({
  issue: IssueSchema,
  steps: z.array(StepStateSchema),
  /** Newest first, as the timeline reads; the import stores them oldest first. */
  timeline: z.array(TimelineEventSchema.omit({ issueId: true })),
})
/** Which alerts were already sent, so that an import does not alert them again (no alert is ever sent twice). */
export const AlertSentSchema = z.object({ issueId: z.number().int(), target: z.string(), kind: z.string(), dueAt: z.string(), sentAt: z.string() })

const count = z.number().int().nonnegative()
export const CountsSchema = z.object({ contacts: count, customers: count, issues: count, alertsSent: count })
export type Counts = z.output<typeof CountsSchema>

export const HeaderSchema = z.object({ format: z.literal(FORMAT_V2), exportedAt: z.string(), settings: AppSettingsSchema })
export type Header = z.output<typeof HeaderSchema>

export const DumpV1Schema = z.object({
  format: z.literal(FORMAT_V1),
  exportedAt: z.string(),
  settings: AppSettingsSchema,
  contacts: z.array(ContactSchema),
  customers: z.array(CustomerSchema),
  issues: z.array(IssueRecordSchema),
  alertsSent: z.array(AlertSentSchema).default([]),
})
export type DumpV1 = z.output<typeof DumpV1Schema>

/** One record of either format, as the staging database takes it. */
export type DumpRecord =
  | { contact: z.output<typeof ContactSchema> }
  | { customer: z.output<typeof CustomerSchema> }
  | z.output<typeof IssueRecordSchema>
  | { alertSent: z.output<typeof AlertSentSchema> }

/** A line of a /2 file after the header: a record, or the closing counts. */
export type BodyLine = DumpRecord | { end: Counts }

const BODY_SCHEMAS = {
  contact: z.object({ contact: ContactSchema }),
  customer: z.object({ customer: CustomerSchema }),
  issue: IssueRecordSchema,
  alertSent: z.object({ alertSent: AlertSentSchema }),
  end: z.object({ end: CountsSchema }),
} as const

/** The file cannot be imported, and why; nothing was changed (the import stages first). */
export const invalidFile = (detail: Bilingual): AppError =>
  new AppError('invalid', { ko: `가져올 수 없는 파일입니다: ${detail.ko}`, en: `This file cannot be imported: ${detail.en}. Nothing was changed.` })

function parseJsonLine(text: string, lineNo: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw invalidFile({ ko: `${lineNo}번째 줄이 JSON 형식이 아닙니다`, en: `line ${lineNo} is not JSON` })
  }
}

/** The first problem of a line. zod's messages of the shared schemas are Korean: the English names the field only. */
const zodDetail = (lineNo: number, error: z.ZodError): Bilingual => {
  const first = error.issues[0]
  const where = first?.path.length ? ` (${first.path.join('.')})` : ''
  return { ko: `${lineNo}번째 줄${where}: ${first?.message ?? ''}`, en: `line ${lineNo}${where} has a value that is not valid` }
}

export function parseHeader(text: string, lineNo: number): Header {
  const parsed = HeaderSchema.safeParse(parseJsonLine(text.replace(/^\uFEFF/, ''), lineNo))
  if (!parsed.success) throw invalidFile(zodDetail(lineNo, parsed.error))
  return parsed.data
}

/** A body line, checked by the schema its one key names (an unknown key is refused). */
export function parseBodyLine(text: string, lineNo: number): BodyLine {
  const raw = parseJsonLine(text, lineNo)
  const kind = raw && typeof raw === 'object' && !Array.isArray(raw) ? (Object.keys(BODY_SCHEMAS) as (keyof typeof BODY_SCHEMAS)[]).find((k) => k in raw) : undefined
  if (!kind) throw invalidFile({ ko: `${lineNo}번째 줄은 알 수 없는 항목입니다`, en: `line ${lineNo} is a kind of record this app does not know` })
  const parsed = BODY_SCHEMAS[kind].safeParse(raw)
  if (!parsed.success) throw invalidFile(zodDetail(lineNo, parsed.error))
  return parsed.data
}

/** A whole /1 document (the legacy path: one string, within its size bound). */
export function parseDumpV1(json: string): DumpV1 {
  let raw: unknown
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch {
    throw new AppError('invalid', { ko: 'JSON 형식이 아닙니다', en: 'This file is not JSON. Nothing was changed.' })
  }
  const parsed = DumpV1Schema.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? ` (${first.path.join('.')})` : ''
    throw new AppError('invalid', {
      ko: `가져올 수 없는 파일입니다: ${first?.message ?? ''}`,
      en: `This file cannot be imported: a value${where} is not valid. Nothing was changed.`,
    })
  }
  return parsed.data
}

/** The records of a /1 document in the order a /2 file has them. */
export function* recordsOfV1(dump: DumpV1): Generator<DumpRecord> {
  for (const contact of dump.contacts) yield { contact }
  for (const customer of dump.customers) yield { customer }
  yield* dump.issues
  for (const alertSent of dump.alertsSent) yield { alertSent }
}

export const emptyCounts = (): Counts => ({ contacts: 0, customers: 0, issues: 0, alertsSent: 0 })

export function countRecord(counts: Counts, r: DumpRecord): void {
  if ('contact' in r) counts.contacts++
  else if ('customer' in r) counts.customers++
  else if ('issue' in r) counts.issues++
  else counts.alertsSent++
}
