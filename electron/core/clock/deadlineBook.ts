import { isOpenStatus, type Issue, type StepState } from '../../../shared/model'
import { TARGET_RESPONSE, type WatchedDeadline } from '../../../shared/schedule/alertPlan'
import { targetResponseText, type AlertStepText } from '../../../shared/schedule/alertText'
import { issueDeadlines, type DeadlineRules } from '../../../shared/schedule/issueDeadlines'
import type { Store } from '../store/store'

/** One open issue as the clock watches it: its pending deadlines and what each asks. */
export interface WatchedIssue {
  issue: Issue
  /** Kept so that a settings change recomputes every deadline without querying again. */
  states: StepState[]
  deadlines: WatchedDeadline[]
  texts: Map<string, AlertStepText>
  /** The next instant this issue needs the clock (cached by the clock; null: nothing owed). */
  nextMs: number | null
}

const seenKey = (target: string, dueMs: number) => `${target}|${dueMs}`

/**
 * Every open issue's deadlines, recomputed from the rules (never stored), kept in memory so that a
 * change to one issue recomputes only that issue. A deadline that keeps its due instant keeps the
 * moment it was first seen; a moved one is new.
 */
export class DeadlineBook {
  readonly issues = new Map<number, WatchedIssue>()

  /** All open issues, e.g. at start or after a settings change (2 queries, then pure). */
  loadAll(store: Store, rules: DeadlineRules, now: Date, seenAtMs: number): void {
    const states = store.issues.openStepStates()
    const previous = new Map(this.issues)
    this.issues.clear()
    for (const issue of store.issues.openIssues()) {
      this.issues.set(issue.id, watchIssue(issue, states.get(issue.id) ?? [], rules, now, previous.get(issue.id), seenAtMs))
    }
  }

  /** Settings or holidays changed: the same issues, every deadline recomputed from memory. */
  recomputeAll(rules: DeadlineRules, now: Date, seenAtMs: number): void {
    for (const [id, w] of this.issues) this.issues.set(id, watchIssue(w.issue, w.states, rules, now, w, seenAtMs))
  }

  /** Only the issues that changed; resolved, closed or missing ones leave the book. */
  refresh(ids: number[], store: Store, rules: DeadlineRules, now: Date, seenAtMs: number): void {
    for (const id of new Set(ids)) {
      const issue = store.issues.get(id)
      if (!issue || !isOpenStatus(issue.status)) this.issues.delete(id)
      else this.issues.set(id, watchIssue(issue, store.issues.stepStates(id), rules, now, this.issues.get(id), seenAtMs))
    }
  }
}

function watchIssue(issue: Issue, states: StepState[], rules: DeadlineRules, now: Date, previous: WatchedIssue | undefined, seenAtMs: number): WatchedIssue {
  const seen = new Map(previous?.deadlines.map((d) => [seenKey(d.target, d.dueMs), d.firstSeenMs]))
  const d = issueDeadlines(issue, states, rules, now)
  const deadlines: WatchedDeadline[] = []
  const texts = new Map<string, AlertStepText>()
  const watch = (target: string, due: Date, text: AlertStepText) => {
    const dueMs = due.getTime()
    deadlines.push({ target, dueMs, firstSeenMs: seen.get(seenKey(target, dueMs)) ?? seenAtMs })
    texts.set(target, text)
  }
  for (const s of d.steps) {
    if (s.due && s.state !== 'done' && s.state !== 'skipped') watch(s.id, s.due, { target: s.id, title: s.title, detail: s.detail, callRoles: s.callRoles })
  }
  if (d.targetDue) watch(TARGET_RESPONSE, d.targetDue, targetResponseText(issue))
  return { issue, states, deadlines, texts, nextMs: null }
}
