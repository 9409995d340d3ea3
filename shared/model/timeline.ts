import { z } from 'zod'
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
