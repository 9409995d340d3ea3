import {
  ALERTED_AT_LOGGING,
  STEP_CALL_ROLES,
  stepText,
  stepTimes,
  type PlaybookInput,
  type PlaybookSettings,
  type StepAnchor,
  type StepId,
  type StepTimeSink,
} from '../../../shared/domain'
import { isOpenStatus, type StepState } from '../../../shared/model'
import { TARGET_RESPONSE, type WatchedDeadline } from '../../../shared/schedule/alertPlan'
import type { WatchedDeadlines } from '../../../shared/schedule/alertsDue'
import { targetResponseText, type AlertStepText } from '../../../shared/schedule/alertText'
import {
  playbookInput,
  runningTargetAnchorMs,
  targetDueMs,
  type ClockIssue,
  type DeadlineRules,
  type IssueDeadlines,
} from '../../../shared/schedule/issueDeadlines'
import type { Store } from '../store/store'

/** A deadline first seen within this long after logging was seen "at logging". */
const AT_LOGGING_MS = 60_000
const alertedAtLogging = new Set<string>(ALERTED_AT_LOGGING)

/**
 * The deadlines one issue still owes, as parallel lists (target, due ms), filled again for each
 * issue: a settings change recomputes 10,000 issues, and only a deadline that moved makes an object.
 */
class PendingDeadlines implements StepTimeSink {
  readonly targets: string[] = []
  readonly dues: number[] = []
  private records: PlaybookInput['steps'] = undefined

  reset(records: PlaybookInput['steps']): this {
    this.targets.length = this.dues.length = 0
    this.records = records
    return this
  }

  /** A step is owed while it has a deadline and is neither recorded done/skipped nor done by derivation. */
  step(id: StepId, dueMs: number | null, _anchor: StepAnchor | undefined, derivedDoneMs: number | null): void {
    if (dueMs !== null && derivedDoneMs === null && !this.records?.[id]) this.add(id, dueMs)
  }

  add(target: string, dueMs: number): void {
    this.targets.push(target)
    this.dues.push(dueMs)
  }
}

/** One open issue as the clock keeps it: what it needs to recompute the deadlines without the database. */
export class WatchedIssue implements WatchedDeadlines {
  /** The next instant this issue needs the clock (cached by the clock; null: nothing owed). */
  nextMs: number | null = null
  deadlines: WatchedDeadline[] = []
  /** `issue.loggedAt` parsed (once per issue version). */
  readonly loggedMs: number
  /** The playbook's input and the target clock's anchor: parsed when a recompute first needs them, then reused. */
  private parsed: { input: PlaybookInput; targetAnchorMs: number | null } | null = null

  constructor(
    readonly issue: ClockIssue,
    readonly states: StepState[],
    private playbookSettings: PlaybookSettings,
  ) {
    this.loggedMs = Date.parse(issue.loggedAt)
  }

  textOf(target: string): AlertStepText {
    if (target === TARGET_RESPONSE) return targetResponseText(this.issue)
    const id = target as StepId
    return { target, ...stepText(id, this.issue.track, this.playbookSettings), callRoles: [...STEP_CALL_ROLES[id]] }
  }

  /** Every deadline from the rules, written into `out`. */
  compute(rules: DeadlineRules, out: PendingDeadlines): PendingDeadlines {
    this.playbookSettings = rules.settings.playbook
    const { input, targetAnchorMs } = (this.parsed ??= { input: playbookInput(this.issue, this.states), targetAnchorMs: runningTargetAnchorMs(this.issue) })
    stepTimes(input, rules.calendar, rules.settings.playbook, out.reset(input.steps))
    if (targetAnchorMs !== null) out.add(TARGET_RESPONSE, targetDueMs(this.issue, targetAnchorMs, rules))
    return out
  }

  /**
   * Takes the owed deadlines (false: the same as before, nothing changed). One that keeps its due instant keeps the moment it was first seen
   * (from `previous`, this issue's last list); a moved one is new, seen at `seenAtMs`.
   */
  take(due: PendingDeadlines, seenAtMs: number, previous: WatchedDeadline[] = this.deadlines): boolean {
    if (previous === this.deadlines && sameDeadlines(previous, due)) return false
    const next: WatchedDeadline[] = []
    for (let i = 0; i < due.targets.length; i++) next.push(this.watched(due.targets[i], due.dues[i], previous, seenAtMs))
    this.deadlines = next
    return true
  }

  private watched(target: string, dueMs: number, previous: WatchedDeadline[], seenAtMs: number): WatchedDeadline {
    let firstSeenMs = seenAtMs
    for (const x of previous) {
      if (x.target === target && x.dueMs === dueMs) {
        firstSeenMs = x.firstSeenMs
        break
      }
    }
    const atLogging = alertedAtLogging.has(target) && Number.isFinite(firstSeenMs) && firstSeenMs - this.loggedMs <= AT_LOGGING_MS
    return atLogging ? { target, dueMs, firstSeenMs, atLogging } : { target, dueMs, firstSeenMs }
  }
}

function sameDeadlines(list: WatchedDeadline[], due: PendingDeadlines): boolean {
  if (list.length !== due.targets.length) return false
  for (let i = 0; i < list.length; i++) if (list[i].target !== due.targets[i] || list[i].dueMs !== due.dues[i]) return false
  return true
}

/**
 * Every open issue's deadlines, recomputed from the rules (never stored), kept in memory: a change
 * to one issue replaces that issue, a settings change recomputes all from memory. A deadline that
 * keeps its due instant keeps the moment it was first seen; a moved one is new.
 */
export class DeadlineBook {
  readonly issues = new Map<number, WatchedIssue>()
  private readonly pending = new PendingDeadlines()

  /** All open issues, at start or after the file was replaced: one query per table, then pure. */
  loadAll(store: Store, rules: DeadlineRules, seenAtMs: number): void {
    const states = store.issues.openStepStates()
    const previous = new Map(this.issues)
    this.issues.clear()
    for (const issue of store.issues.openClockIssues()) {
      const w = new WatchedIssue(issue, states.get(issue.id) ?? [], rules.settings.playbook)
      w.take(w.compute(rules, this.pending), seenAtMs, previous.get(issue.id)?.deadlines ?? [])
      this.issues.set(issue.id, w)
    }
  }

  /** Settings or holidays changed: the same issues, every deadline recomputed from memory; returns those whose deadlines moved. */
  recomputeAll(rules: DeadlineRules, seenAtMs: number): WatchedIssue[] {
    const moved: WatchedIssue[] = []
    for (const w of this.issues.values()) if (w.take(w.compute(rules, this.pending), seenAtMs)) moved.push(w)
    return moved
  }

  /** One issue as just written, with the deadlines its service computed; a resolved or closed one leaves the book. */
  put(issue: ClockIssue, states: StepState[], d: IssueDeadlines, rules: DeadlineRules, seenAtMs: number): WatchedIssue | null {
    if (!isOpenStatus(issue.status)) {
      this.issues.delete(issue.id)
      return null
    }
    const due = this.pending.reset(undefined)
    for (const s of d.steps) if (s.due && s.state !== 'done' && s.state !== 'skipped') due.add(s.id, s.due.getTime())
    if (d.targetDue) due.add(TARGET_RESPONSE, d.targetDue.getTime())
    const w = new WatchedIssue(issue, states, rules.settings.playbook)
    w.take(due, seenAtMs, this.issues.get(issue.id)?.deadlines ?? [])
    this.issues.set(issue.id, w)
    return w
  }
}
