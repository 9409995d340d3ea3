import { z } from 'zod'
import { TrackSchema, type Bilingual, type Role } from '../types'

export const GENERAL_STEP_IDS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8'] as const
export const IMMEDIATE_STEP_IDS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'] as const
export const StepIdSchema = z.enum([...GENERAL_STEP_IDS, ...IMMEDIATE_STEP_IDS])
export type StepId = z.infer<typeof StepIdSchema>

export const StepRecordSchema = z.object({
  status: z.enum(['done', 'skipped']),
  at: z.date(),
  /** G4 ended with the distributor's "no fix" (해결 방안 없음): G5 is due at once. */
  noFix: z.boolean().optional(),
  /** G7 judged the issue serious: G8 is offered. */
  serious: z.boolean().optional(),
})
export type StepRecord = z.infer<typeof StepRecordSchema>

export const PlaybookInputSchema = z.object({
  track: TrackSchema,
  loggedAt: z.date(),
  caseOpenedAt: z.date().nullish(),
  reopenedAt: z.date().nullish(),
  steps: z.partialRecord(StepIdSchema, StepRecordSchema).default(() => ({})),
})
export type PlaybookInput = z.input<typeof PlaybookInputSchema>

/**
 * pending: not yet due (or no timer); due: its due minute, [due, due + 60 s); overdue: later;
 * done / skipped: recorded by the user, or done by derivation (case opened).
 */
export type StepState = 'pending' | 'due' | 'overdue' | 'done' | 'skipped'

/** What a step's due time counts from. */
export type StepAnchor = 'loggedAt' | 'caseOpenedAt' | 'reopenedAt' | 'G3' | 'G4'

export interface PlaybookStep {
  id: StepId
  title: Bilingual
  detail: Bilingual
  /** Deadline from the rules; null for steps without a timer (or whose anchor is unknown yet). */
  due: Date | null
  state: StepState
  /** When the step became done/skipped (recorded time, or caseOpenedAt for derived done). */
  doneAt: Date | null
  /** Whom this step asks the partner to call. */
  callRoles: Role[]
  anchor?: StepAnchor
}
