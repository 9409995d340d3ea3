import {
  playbook,
  targetResponseDueMs,
  type BusinessCalendar,
  type DomainSettings,
  type PlaybookInput,
  type PlaybookStep,
} from '../domain'
import { isOpenStatus, maybeDate, type Issue, type StepState, type StepView } from '../model'
import { instantMs } from '../domain/time/isoInstant'

export interface DeadlineRules {
  settings: DomainSettings
  calendar: BusinessCalendar
}

/** What an open issue's deadlines and alerts read of it (the clock loads only these columns at start). */
export const CLOCK_ISSUE_FIELDS = [
  'track',
  'status',
  'severity',
  'renewal',
  'customerName',
  'title',
  'distributorContactId',
  'seContactId',
  'loggedAt',
  'caseOpenedAt',
  'firstResponseAt',
  'reopenedAt',
  'severityChangedAt',
] as const satisfies readonly (keyof Issue)[]
export type ClockIssue = Pick<Issue, 'id' | (typeof CLOCK_ISSUE_FIELDS)[number]>

export interface IssueDeadlines {
  steps: PlaybookStep[]
  /** Target response: from case open (or reopening) until the first response. */
  targetDue: Date | null
  /** The nearest due instant among open steps and the target; null when nothing is pending. */
  nextDue: Date | null
  nextStep: PlaybookStep | null
}

export function playbookInput(issue: Omit<ClockIssue, 'id'>, stepStates: StepState[]): PlaybookInput {
  return {
    track: issue.track,
    loggedAt: new Date(instantMs(issue.loggedAt)),
    caseOpenedAt: maybeDate(issue.caseOpenedAt),
    reopenedAt: maybeDate(issue.reopenedAt),
    steps: Object.fromEntries(
      stepStates.map((s) => [s.stepId, { status: s.status, at: new Date(instantMs(s.at)), noFix: s.noFix, serious: s.serious }]),
    ),
  }
}

/** Every deadline of one issue, recomputed from the rules (deadlines are never stored as data). */
export function issueDeadlines(issue: Omit<ClockIssue, 'id'>, stepStates: StepState[], rules: DeadlineRules, now: Date): IssueDeadlines {
  return issueDeadlinesOf(issue, playbookInput(issue, stepStates), rules, now)
}

/** The same from the playbook input already built (the clock keeps it, so a settings change parses no dates). */
export function issueDeadlinesOf(issue: Omit<ClockIssue, 'id'>, input: PlaybookInput, rules: DeadlineRules, now: Date): IssueDeadlines {
  if (!isOpenStatus(issue.status)) return { steps: [], targetDue: null, nextDue: null, nextStep: null }
  const steps = playbook(input, rules.calendar, { now, settings: rules.settings.playbook })
  const anchorMs = runningTargetAnchorMs(issue)
  const targetDue = anchorMs === null ? null : new Date(targetDueMs(issue, anchorMs, rules))
  let nextStep: PlaybookStep | null = null
  for (const s of steps) {
    if (s.due && s.state !== 'done' && s.state !== 'skipped' && (!nextStep || s.due < nextStep.due!)) nextStep = s
  }
  const candidates = [nextStep?.due ?? null, targetDue].filter((d): d is Date => d !== null)
  const nextDue = candidates.length ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null
  return { steps, targetDue, nextDue, nextStep }
}

export function toStepView(s: PlaybookStep): StepView {
  return {
    id: s.id,
    title: s.title,
    detail: s.detail,
    due: s.due ? s.due.toISOString() : null,
    state: s.state,
    callRoles: s.callRoles,
  }
}

/** When the running target-response clock started, in epoch ms; null when none runs (no case yet, or answered). */
export function runningTargetAnchorMs(issue: Omit<ClockIssue, 'id'>): number | null {
  return issue.caseOpenedAt && !issue.firstResponseAt ? instantMs(targetAnchorText(issue)!) : null
}

/** The target-response deadline from that anchor, in epoch ms. */
export function targetDueMs(issue: Pick<Issue, 'severity' | 'renewal'>, anchorMs: number, rules: DeadlineRules): number {
  return targetResponseDueMs(anchorMs, issue.severity, issue.renewal, rules.calendar, rules.settings.targets)
}

type AnchorFields = Pick<Issue, 'caseOpenedAt' | 'reopenedAt' | 'severityChangedAt'>

/**
 * When the running target-response clock started: the case open, or later a reopening
 * or a severity change before the first response, whichever is last.
 */
export function targetAnchor(issue: AnchorFields): Date | null {
  const text = targetAnchorText(issue)
  return text === null ? null : new Date(instantMs(text))
}

/** The same instant as the recorded text it is (the SLA report shows it as it was stored). */
export function targetAnchorText(issue: AnchorFields): string | null {
  if (!issue.caseOpenedAt) return null
  let anchor = issue.caseOpenedAt
  let anchorMs = instantMs(anchor)
  for (const t of [issue.reopenedAt, issue.severityChangedAt]) {
    const ms = t ? instantMs(t) : NaN
    if (ms > anchorMs) {
      anchor = t!
      anchorMs = ms
    }
  }
  return anchor
}
