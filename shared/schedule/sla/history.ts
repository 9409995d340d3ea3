import type { Issue, StepState, TimelineKind } from '../../model'

/** One timeline event as the report reads it (in the order it was written). */
export interface HistoryEvent {
  at: string
  kind: TimelineKind
  data: Record<string, unknown>
}

/** Everything the report needs of one issue: the row, its step states and its timeline. */
export interface IssueHistory {
  issue: Issue
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

/** Of the field changes, only these matter to the target clock. */
export const REPORT_FIELDS = ['severity', 'renewal'] as const
