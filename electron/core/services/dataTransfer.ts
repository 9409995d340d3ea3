import { z } from 'zod'
import { AppError } from '../../../shared/ipc'
import { AppSettingsSchema, ContactSchema, CustomerSchema, IssueSchema, StepStateSchema, TimelineEventSchema } from '../../../shared/model'
import type { Store } from '../store/store'
import { isConstraintFailure } from '../store/storeErrors'

const DumpSchema = z.object({
  format: z.literal('veeam-escalation-tray/1'),
  exportedAt: z.string(),
  settings: AppSettingsSchema,
  contacts: z.array(ContactSchema),
  customers: z.array(CustomerSchema),
  issues: z.array(
    z.object({ issue: IssueSchema, steps: z.array(StepStateSchema), timeline: z.array(TimelineEventSchema.omit({ issueId: true })) }),
  ),
  /** Which alerts were already sent, so that an import does not alert them again (no alert is ever sent twice). */
  alertsSent: z
    .array(z.object({ issueId: z.number().int(), target: z.string(), kind: z.string(), dueAt: z.string(), sentAt: z.string() }))
    .default([]),
})

/** Everything as one JSON document, and back. */
export function exportAll(store: Store, at: Date): string {
  const issues = store.issues.list({ includeClosed: true, limit: Number.MAX_SAFE_INTEGER })
  const dump: z.input<typeof DumpSchema> = {
    format: 'veeam-escalation-tray/1',
    exportedAt: at.toISOString(),
    settings: store.settings.get(),
    contacts: store.directory.contacts(),
    customers: store.directory.customers(),
    issues: issues.map((issue) => ({
      issue,
      steps: store.issues.stepStates(issue.id),
      timeline: store.issues.timeline(issue.id).map(({ issueId: _, ...e }) => e),
    })),
    alertsSent: store.alerts.all(),
  }
  return JSON.stringify(dump)
}

export type Dump = z.output<typeof DumpSchema>

/** Reads and validates a dump without touching anything (a rejected import takes no backup). */
export function parseDump(json: string): Dump {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    throw new AppError('invalid', 'JSON 형식이 아닙니다')
  }
  const parsed = DumpSchema.safeParse(raw)
  if (!parsed.success) throw new AppError('invalid', `가져올 수 없는 파일입니다: ${parsed.error.issues[0]?.message ?? ''}`)
  return parsed.data
}

/**
 * Replaces all data with a validated dump, in one transaction: any row that fails to insert
 * leaves the database exactly as it was.
 */
export function importAll(store: Store, dump: Dump, at: Date): number {
  const db = store.connection
  try {
    replaceAll(store, db, dump, at)
  } catch (e) {
    if (!isConstraintFailure(e)) throw e
    throw new AppError(
      'importConflict',
      '가져올 파일 안의 항목이 서로 겹칩니다 (같은 번호의 이슈·연락처가 두 번 있거나, 없는 이슈를 가리키는 기록). 아무것도 바꾸지 않았습니다 — 이 앱에서 내보낸 원래 파일을 다시 가져오세요.',
    )
  }
  return dump.issues.length
}

function replaceAll(store: Store, db: Store['connection'], dump: Dump, at: Date): void {
  store.tx(() => {
    for (const t of ['alerts_sent', 'timeline', 'step_states', 'issues', 'customers', 'contacts']) db.exec(`DELETE FROM ${t}`)
    for (const c of dump.contacts) store.directory.importContact(c)
    for (const c of dump.customers) store.directory.importCustomer(c)
    for (const { issue, steps, timeline } of dump.issues) {
      store.issues.insert(issue)
      for (const s of steps) store.issues.setStepState(issue.id, s)
      // The dump's event data was written by this app's services; it is stored back as it was.
      for (const e of [...timeline].reverse()) store.issues.addEvent(issue.id, e.at, e.kind, e.data as never)
    }
    for (const a of dump.alertsSent) store.alerts.markSent(a, a.sentAt)
    store.settings.put(dump.settings, at.toISOString())
  })
}
