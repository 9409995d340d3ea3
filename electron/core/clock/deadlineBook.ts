import { ALERTED_AT_LOGGING, type PlaybookInput, type PlaybookStep } from '../../../shared/domain'
import { isOpenStatus, type Issue, type StepState } from '../../../shared/model'
import { TARGET_RESPONSE, type WatchedDeadline } from '../../../shared/schedule/alertPlan'
import type { WatchedDeadlines } from '../../../shared/schedule/alertsDue'
import { targetResponseText, type AlertStepText } from '../../../shared/schedule/alertText'
import { issueDeadlines, issueDeadlinesOf, playbookInput, type DeadlineRules, type IssueDeadlines } from '../../../shared/schedule/issueDeadlines'
import type { Store } from '../store/store'

/** One open issue as the clock keeps it: what it needs to recompute the deadlines without the database. */
export class WatchedIssue implements WatchedDeadlines {
  /** The next instant this issue needs the clock (cached by the clock; null: nothing owed). */
  nextMs: number | null = null
  private input: PlaybookInput | null = null

  constructor(
    readonly issue: Issue,
    readonly states: StepState[],
    readonly deadlines: WatchedDeadline[],
    private readonly steps: PlaybookStep[],
    /** `issue.loggedAt` parsed (once per issue version, like the input). */
    readonly loggedMs: number,
  ) {}

  /** The playbook's input (dates parsed once per issue version, reused by every settings change). */
  playbookInput(): PlaybookInput {
    return (this.input ??= playbookInput(this.issue, this.states))
  }

  /** Keeps the parsed input when the same issue version is watched again. */
  inherit(from: WatchedIssue): void {
    if (from.issue === this.issue && from.states === this.states) this.input = from.input
  }

  textOf(target: string): AlertStepText {
    if (target === TARGET_RESPONSE) return targetResponseText(this.issue)
    const s = this.steps.find((x) => x.id === target)!
    return { target, title: s.title, detail: s.detail, callRoles: s.callRoles }
  }
}

/** A deadline first seen within this long after logging was seen "at logging". */
const AT_LOGGING_MS = 60_000
const alertedAtLogging = new Set<string>(ALERTED_AT_LOGGING)

/**
 * Every open issue's deadlines, recomputed from the rules (never stored), kept in memory: a change
 * to one issue replaces that issue, a settings change recomputes all from memory. A deadline that
 * keeps its due instant keeps the moment it was first seen; a moved one is new.
 */
export class DeadlineBook {
  readonly issues = new Map<number, WatchedIssue>()

  /** All open issues, at start or after the file was replaced: one query per table, then pure. */
  loadAll(store: Store, rules: DeadlineRules, now: Date, seenAtMs: number): void {
    const states = store.issues.openStepStates()
    const previous = new Map(this.issues)
    this.issues.clear()
    for (const issue of store.issues.openIssues()) {
      const s = states.get(issue.id) ?? []
      this.issues.set(issue.id, watchIssue(issue, s, issueDeadlines(issue, s, rules, now), previous.get(issue.id), seenAtMs))
    }
  }

  /** Settings or holidays changed: the same issues, every deadline recomputed from memory. */
  recomputeAll(rules: DeadlineRules, now: Date, seenAtMs: number): void {
    for (const [id, w] of this.issues) {
      const next = watchIssue(w.issue, w.states, issueDeadlinesOf(w.issue, w.playbookInput(), rules, now), w, seenAtMs)
      next.inherit(w)
      this.issues.set(id, next)
    }
  }

  /** One issue as just written, with the deadlines its service computed; a resolved or closed one leaves the book. */
  put(issue: Issue, states: StepState[], deadlines: IssueDeadlines, seenAtMs: number): WatchedIssue | null {
    if (!isOpenStatus(issue.status)) {
      this.issues.delete(issue.id)
      return null
    }
    const w = watchIssue(issue, states, deadlines, this.issues.get(issue.id), seenAtMs)
    this.issues.set(issue.id, w)
    return w
  }
}

// Runs for every open issue on each settings change: no closures, no date parsing, no lookups by name.
function watchIssue(issue: Issue, states: StepState[], d: IssueDeadlines, previous: WatchedIssue | undefined, seenAtMs: number): WatchedIssue {
  const loggedMs = previous?.issue === issue ? previous.loggedMs : Date.parse(issue.loggedAt)
  const deadlines: WatchedDeadline[] = []
  for (const s of d.steps) if (s.due && s.state !== 'done' && s.state !== 'skipped') deadlines.push(watched(s.id, s.due.getTime(), previous, seenAtMs, loggedMs))
  if (d.targetDue) deadlines.push(watched(TARGET_RESPONSE, d.targetDue.getTime(), previous, seenAtMs, loggedMs))
  return new WatchedIssue(issue, states, deadlines, d.steps, loggedMs)
}

function watched(target: string, dueMs: number, previous: WatchedIssue | undefined, seenAtMs: number, loggedMs: number): WatchedDeadline {
  // A deadline that keeps its due instant keeps the moment it was first seen (a handful per issue: a scan).
  let firstSeenMs = seenAtMs
  if (previous) {
    for (const x of previous.deadlines) {
      if (x.target === target && x.dueMs === dueMs) {
        firstSeenMs = x.firstSeenMs
        break
      }
    }
  }
  const atLogging = alertedAtLogging.has(target) && Number.isFinite(firstSeenMs) && firstSeenMs - loggedMs <= AT_LOGGING_MS
  return atLogging ? { target, dueMs, firstSeenMs, atLogging } : { target, dueMs, firstSeenMs }
}
