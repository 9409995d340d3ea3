import { ALERTED_AT_LOGGING, type StepId } from '../../../shared/domain'
import { isOpenStatus, type Issue, type StepState } from '../../../shared/model'
import { TARGET_RESPONSE, type WatchedDeadline } from '../../../shared/schedule/alertPlan'
import type { WatchedDeadlines } from '../../../shared/schedule/alertsDue'
import { targetResponseText, type AlertStepText } from '../../../shared/schedule/alertText'
import { issueDeadlines, type DeadlineRules, type IssueDeadlines } from '../../../shared/schedule/issueDeadlines'
import type { Store } from '../store/store'

/** One open issue as the clock keeps it: what it needs to recompute the deadlines without the database. */
export interface WatchedIssue extends WatchedDeadlines {
  states: StepState[]
  /** The next instant this issue needs the clock (cached by the clock; null: nothing owed). */
  nextMs: number | null
}

const seenKey = (target: string, dueMs: number) => `${target}|${dueMs}`
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
    for (const [id, w] of this.issues) this.issues.set(id, watchIssue(w.issue, w.states, issueDeadlines(w.issue, w.states, rules, now), w, seenAtMs))
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
  const seen = new Map(previous?.deadlines.map((x) => [seenKey(x.target, x.dueMs), x.firstSeenMs]))
  const loggedMs = Date.parse(issue.loggedAt)
  const deadlines: WatchedDeadline[] = []
  const texts = new Map<string, AlertStepText>()
  const watch = (target: string, due: Date, text: AlertStepText) => {
    const dueMs = due.getTime()
    const firstSeenMs = seen.get(seenKey(target, dueMs)) ?? seenAtMs
    const atLogging = ALERTED_AT_LOGGING.includes(target as StepId) && Number.isFinite(firstSeenMs) && firstSeenMs - loggedMs <= AT_LOGGING_MS
    deadlines.push(atLogging ? { target, dueMs, firstSeenMs, atLogging } : { target, dueMs, firstSeenMs })
    texts.set(target, text)
  }
  for (const s of d.steps) {
    if (s.due && s.state !== 'done' && s.state !== 'skipped') watch(s.id, s.due, { target: s.id, title: s.title, detail: s.detail, callRoles: s.callRoles })
  }
  if (d.targetDue) watch(TARGET_RESPONSE, d.targetDue, targetResponseText(issue))
  return { issue, states, deadlines, texts, nextMs: null }
}
