import { z } from 'zod'
import { RenewalSchema, SeveritySchema, StepIdSchema, TrackSchema } from '../../domain'
import { InstantSchema } from '../../model'

/** The steps with a due time that the report judges (G1/C1 are done at logging; C6, G8 have no timer). */
export const REPORTED_STEPS = ['C2', 'C3', 'C4', 'C5', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'] as const
export type ReportedStep = (typeof REPORTED_STEPS)[number]

/** At most about five years in one request: a person means a month, a quarter or a year. */
const MAX_PERIOD_MS = 5 * 366 * 86_400_000

export const SlaFilterSchema = z.strictObject({
  renewal: RenewalSchema.optional(),
  track: TrackSchema.optional(),
  /** Exact customer name as recorded on the issues ('' = issues without a customer). */
  customer: z.string().max(200).optional(),
})
export type SlaFilter = z.infer<typeof SlaFilterSchema>

const checkPeriod = (r: { from: string; to: string }, ctx: z.RefinementCtx) => {
  const span = Date.parse(r.to) - Date.parse(r.from)
  if (!(span > 0)) ctx.addIssue({ code: 'custom', path: ['to'], message: '기간의 끝이 시작보다 늦어야 합니다', params: { en: 'The end of the period must be after its start' } })
  else if (span > MAX_PERIOD_MS) ctx.addIssue({ code: 'custom', path: ['to'], message: '기간은 5년 이내로 고르세요', params: { en: 'Choose a period of at most five years' } })
}
const SlaRequestBase = SlaFilterSchema.extend({ from: InstantSchema, to: InstantSchema })
export const SlaRequestSchema = SlaRequestBase.superRefine(checkPeriod)
export const SlaExportRequestSchema = SlaRequestBase.extend({
  format: z.enum(['csv', 'xlsx', 'pdf']),
  language: z.enum(['ko', 'en']).optional(),
}).superRefine(checkPeriod)
export type SlaExportRequest = z.infer<typeof SlaExportRequestSchema>
export type SlaRequest = z.infer<typeof SlaRequestSchema>

export const CycleOutcomeSchema = z.enum(['met', 'breached', 'pending', 'unrecorded'])
export type CycleOutcome = z.infer<typeof CycleOutcomeSchema>

export const StepOutcomeSchema = z.enum(['onTime', 'late', 'skipped', 'openOverdue', 'openNotDue'])
export type StepOutcome = z.infer<typeof StepOutcomeSchema>

const count = z.number().int().min(0)
const hoursOrNull = z.number().nullable()
const pctOrNull = z.number().nullable()

export const CycleRowSchema = z.object({
  /** 1 for the first case open, 2… for each reopening. */
  index: z.number().int().positive(),
  /** Case open or reopening: places the cycle in a period. */
  start: InstantSchema,
  /** When the running target clock last started (start, or a later severity change). */
  clockFrom: InstantSchema,
  due: InstantSchema,
  /** The due came from the timeline (kept with the response or the breach), not recomputed. */
  dueRecorded: z.boolean(),
  respondedAt: InstantSchema.nullable(),
  endedAt: InstantSchema.nullable(),
  outcome: CycleOutcomeSchema,
  severity: SeveritySchema,
  renewal: RenewalSchema,
  /** Business hours for Basic, wall-clock hours for Production; null without a response. */
  responseHours: hoursOrNull,
})
export type CycleRow = z.infer<typeof CycleRowSchema>

export const StepRowSchema = z.object({
  step: StepIdSchema,
  outcome: StepOutcomeSchema,
  due: InstantSchema,
  doneAt: InstantSchema.nullable(),
  note: z.string(),
})
export type StepRow = z.infer<typeof StepRowSchema>

export const IssueReportSchema = z.object({
  id: z.number().int().positive(),
  title: z.string(),
  customerName: z.string(),
  track: TrackSchema,
  severity: SeveritySchema,
  renewal: RenewalSchema,
  status: z.string(),
  loggedAt: InstantSchema,
  /** Cycles that start in the period. */
  cycles: z.array(CycleRowSchema),
  /** Steps, when the issue's own instant (first case open, else logging) is in the period. */
  steps: z.array(StepRowSchema),
})
export type IssueReport = z.infer<typeof IssueReportSchema>

const Buckets = { total: count, met: count, breached: count, pending: count, unrecorded: count }

export const SlaReportSchema = z.object({
  from: InstantSchema,
  to: InstantSchema,
  now: InstantSchema,
  /** Every severity × renewal, zero rows included. */
  rows: z.array(
    z.object({
      severity: SeveritySchema,
      renewal: RenewalSchema,
      ...Buckets,
      /** met / (met + breached), in %; pending and 응답 미기록 are not decided. */
      metPct: pctOrNull,
      targetHours: z.number(),
      /** Cycles with a recorded response: the count behind the median and the p90. */
      responded: count,
      medianResponseHours: hoursOrNull,
      p90ResponseHours: hoursOrNull,
    }),
  ),
  steps: z.array(z.object({ step: StepIdSchema, onTime: count, late: count, skipped: count, openOverdue: count, openNotDue: count })),
  byCustomer: z.array(z.object({ customer: z.string(), ...Buckets, metPct: pctOrNull })),
  /** The 12 KST months ending with the period's last month, whatever the period. */
  byMonth: z.array(z.object({ month: z.string(), ...Buckets })),
  issues: z.array(IssueReportSchema),
  immediateToleranceMinutes: z.number(),
})
export type SlaReport = z.infer<typeof SlaReportSchema>
