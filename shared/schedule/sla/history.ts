import type { Issue, StepState, TimelineKind } from '../../model'
import { CLOCK_ISSUE_FIELDS, type ClockIssue } from '../issueDeadlines'

/** What the report reads of an issue: what the clock reads, and when its clocks stopped. */
export const REPORT_ISSUE_FIELDS = [...CLOCK_ISSUE_FIELDS, 'resolvedAt', 'updatedAt'] as const satisfies readonly (keyof Issue)[]
export type ReportIssue = ClockIssue & Pick<Issue, 'resolvedAt' | 'updatedAt'>

/** One timeline event as the report reads it (in the order it was written). */
export interface HistoryEvent {
  /** The timeline row's id: the order of writing. */
  id: number
  at: string
  kind: TimelineKind
  data: Record<string, unknown>
}

/** Everything the report needs of one issue: the row, its step states and its timeline. */
export interface IssueHistory {
  issue: ReportIssue
  steps: StepState[]
  events: HistoryEvent[]
}

/** The timeline kinds the report reads; the service loads only these. */
export const REPORT_EVENT_KINDS = [
  'created',
  'fieldChanged',
  'caseOpened',
  'firstResponse',
  'reopened',
  'resolved',
  'deadlineMissed',
  'exportMade',
] as const satisfies readonly TimelineKind[]

/**
 * What the report reads of each kind's data; a kind not named here is read without its data
 * (a created event's title, a case's number: often most of the bytes, and never used).
 */
export const REPORT_EVENT_DATA: Partial<Record<(typeof REPORT_EVENT_KINDS)[number], readonly string[]>> = {
  created: ['severity'],
  fieldChanged: ['field', 'old', 'new'],
  deadlineMissed: ['target', 'stepId', 'dueAt'],
  firstResponse: ['dueAt'],
}

/** Of the field changes, only these matter to the target clock. */
export const REPORT_FIELDS = ['severity', 'renewal'] as const
