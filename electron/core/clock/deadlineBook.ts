import { ALERTED_AT_LOGGING, type PlaybookInput, type PlaybookStep, type StepId } from '../../../shared/domain'
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

function watchIssue(issue: Issue, states: StepState[], d: IssueDeadlines, previous: WatchedIssue | undefined, seenAtMs: number): WatchedIssue {
  const loggedMs = Date.parse(issue.loggedAt)
  const deadlines: WatchedDeadline[] = []
  const watch = (target: string, due: Date) => {
    const dueMs = due.getTime()
    // A deadline that keeps its due instant keeps the moment it was first seen (a handful per issue: a scan).
    const firstSeenMs = previous?.deadlines.find((x) => x.target === target && x.dueMs === dueMs)?.firstSeenMs ?? seenAtMs
    const atLogging = ALERTED_AT_LOGGING.includes(target as StepId) && Number.isFinite(firstSeenMs) && firstSeenMs - loggedMs <= AT_LOGGING_MS
    deadlines.push(atLogging ? { target, dueMs, firstSeenMs, atLogging } : { target, dueMs, firstSeenMs })
  }
  for (const s of d.steps) if (s.due && s.state !== 'done' && s.state !== 'skipped') watch(s.id, s.due)
  if (d.targetDue) watch(TARGET_RESPONSE, d.targetDue)
  return new WatchedIssue(issue, states, deadlines, d.steps)
}
