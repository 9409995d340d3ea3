import { z } from 'zod'
import { BilingualSchema, RoleSchema, StepIdSchema } from '../domain'
import { ContactSchema } from './contact'
import { CustomerSchema } from './customer'
import { InstantSchema } from './instant'
import { IssueSchema } from './issue'
import { StepStateSchema, TimelineEventSchema } from './timeline'

/** A playbook step as computed by the domain engine, on the wire. */
export const StepViewSchema = z.object({
  id: StepIdSchema,
  title: BilingualSchema,
  detail: BilingualSchema,
  due: InstantSchema.nullable(),
  state: z.enum(['pending', 'due', 'overdue', 'done', 'skipped']),
  callRoles: z.array(RoleSchema),
})
export type StepView = z.infer<typeof StepViewSchema>

/**
 * The reply to logging an issue: what the saved banner shows (the new id, its track, the first thing
 * to do). The quick entry needs no more, and a create replies in the time of its own write.
 */
export const IssueCreatedSchema = IssueSchema.pick({ id: true, title: true, track: true, severity: true }).extend({
  firstStep: StepViewSchema.nullable(),
})
export type IssueCreated = z.infer<typeof IssueCreatedSchema>

/** One row of the dashboard list: the issue plus its nearest open deadline. */
export const IssueSummarySchema = IssueSchema.pick({
  id: true,
  title: true,
  track: true,
  severity: true,
  status: true,
  renewal: true,
  customerName: true,
  caseNumber: true,
  loggedAt: true,
}).extend({
  nextStep: StepViewSchema.nullable(),
  nextDue: InstantSchema.nullable(),
  targetDue: InstantSchema.nullable(),
})
export type IssueSummary = z.infer<typeof IssueSummarySchema>

export const IssueDetailSchema = z.object({
  issue: IssueSchema,
  steps: z.array(StepViewSchema),
  stepStates: z.array(StepStateSchema),
  targetDue: InstantSchema.nullable(),
  timeline: z.array(TimelineEventSchema),
  customer: CustomerSchema.nullable(),
  contacts: z.array(ContactSchema),
})
export type IssueDetail = z.infer<typeof IssueDetailSchema>
