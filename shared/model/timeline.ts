import { z } from 'zod'
import type { Region, Role, Severity, Track } from '../domain'
import { InstantSchema } from './instant'

export const TimelineKindSchema = z.enum([
  'created',
  'fieldChanged',
  'stepDone',
  'stepSkipped',
  'stepReopened',
  'call',
  'search',
  'caseOpened',
  'firstResponse',
  'tierChanged',
  'sev1Consulted',
  'resolved',
  'reopened',
  'closed',
  'note',
  'exportMade',
  'deadlineMissed',
  'snoozed',
])
export type TimelineKind = z.infer<typeof TimelineKindSchema>

export const TimelineEventSchema = z.object({
  id: z.number().int(),
  issueId: z.number().int(),
  at: InstantSchema,
  kind: TimelineKindSchema,
  /** Kind-specific details, e.g. { field, old, new } or { contactName, phone }. */
  data: z.record(z.string(), z.unknown()),
})
export type TimelineEvent = z.infer<typeof TimelineEventSchema>

export const StepStateSchema = z.object({
  stepId: z.string(),
  status: z.enum(['done', 'skipped']),
  at: InstantSchema,
  note: z.string(),
  noFix: z.boolean(),
  serious: z.boolean(),
})
export type StepState = z.infer<typeof StepStateSchema>

export type SearchSite = 'forum' | 'kb' | 'google' | 'manual'

/**
 * What each kind of event carries in `data`: written by the services, read by the timeline view
 * and the registration form's "지금까지 조치 내역". One list, so writer and readers agree.
 */
export interface TimelineData {
  created: { title: string; track: Track; severity: Severity }
  /** A severity change that restarted the target clock also carries the due before and after. */
  fieldChanged: { field: string; old: unknown; new: unknown; targetDue?: { old: string; new: string } }
  stepDone: { stepId: string; note: string; noFix: boolean; serious: boolean }
  stepSkipped: { stepId: string; note: string; noFix: boolean; serious: boolean }
  stepReopened: { stepId: string }
  call: { contactId: number; name: string; role: Role; phone: string; stepId?: string; note?: string }
  search: { where: SearchSite; query: string }
  caseOpened: { caseNumber: string; region: Region; old: string | null }
  /** The target due in force when the response came (absent on events written before it was kept). */
  firstResponse: { dueAt?: string | null }
  tierChanged: { old: number; new: number }
  sev1Consulted: { seId?: number; seName?: string }
  resolved: Record<string, never>
  reopened: { firstResponseAt: string | null }
  closed: Record<string, never>
  note: { text: string }
  exportMade: { files: string[]; savedTo: string | null; missing: string[] }
  /** A deadline that passed, frozen with the due time it had (a later change does not rewrite a breach). */
  deadlineMissed: { target: string; stepId?: string; dueAt: string }
  snoozed: { minutes: number; until: string }
}

/** A timeline event with its data typed by kind. */
export type TypedTimelineEvent = { [K in TimelineKind]: Omit<TimelineEvent, 'kind' | 'data'> & { kind: K; data: TimelineData[K] } }[TimelineKind]
