// What one issue's deadlines owe at an instant, as notifications. Pure: the clock decides only *when*
// to ask (its one timer) and records what was sent.
import type { Alert } from '../ipc/alerts'
import type { Contact } from '../model'
import type { ClockIssue } from './issueDeadlines'
import { dueAlert, mergeDueAlerts, type DueAlert, type SentCheck, type WatchedDeadline } from './alertPlan'
import { deadlineAlertText, type AlertStepText, type Language } from './alertText'

/** One open issue as the clock watches it: its pending deadlines and what each asks. */
export interface WatchedDeadlines {
  issue: ClockIssue
  deadlines: WatchedDeadline[]
  /** What the deadline `target` asks (computed when an alert needs words, not for every recompute). */
  textOf(target: string): AlertStepText
}

/** A notification and the deadlines (`target|dueMs`) it speaks of: it applies while one of them is pending. */
export interface OwedAlert {
  alert: Alert
  covers: string[]
}

export const deadlineKey = (target: string, dueMs: number): string => `${target}|${dueMs}`

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Everything this issue owes at `nowMs`: the alerts to record as sent (`owed`) and the notifications
 * to show. Only deadlines due at the same instant and owed the same way share a notification; a
 * step alerted at logging joins the notification of the steps due at logging.
 */
export function alertsDue(
  w: WatchedDeadlines,
  sent: SentCheck,
  leadMs: number,
  nowMs: number,
  contacts: Contact[],
  language: Language,
  afterSnooze = false,
): { owed: DueAlert[]; notifications: OwedAlert[] } {
  const owed = w.deadlines.map((d) => dueAlert(d, sent, leadMs, nowMs)).filter((i): i is DueAlert => i !== null)
  const groups = new Map<string, DueAlert[]>()
  for (const i of owed) {
    if (i.keyKind === 'logged') continue
    const key = `${i.kind}|${i.dueMs}`
    groups.set(key, [...(groups.get(key) ?? []), i])
  }
  for (const i of owed.filter((o) => o.keyKind === 'logged')) {
    const first = groups.values().next()
    if (first.done) groups.set(`logged|${i.dueMs}`, [i])
    else first.value.push(i)
  }
  const notifications = [...groups.values()].map((group) => {
    const merged = mergeDueAlerts(group, (target) => w.textOf(target).callRoles.length > 0)
    const text = deadlineAlertText({
      issue: w.issue,
      kind: merged.kind,
      steps: merged.ordered.map((i) => w.textOf(i.target)),
      dueMs: merged.dueMs,
      nowMs,
      contacts,
      language,
      afterSnooze,
    })
    const targets = merged.ordered.map((i) => i.target)
    const alert: Alert = {
      key: `${w.issue.id}|${targets.join('+')}|${merged.kind}|${iso(merged.dueMs)}`,
      issueId: w.issue.id,
      kind: merged.kind,
      dueAt: iso(merged.dueMs),
      ...text,
      targets,
    }
    return { alert, covers: merged.ordered.map((i) => deadlineKey(i.target, i.dueMs)) }
  })
  return { owed, notifications }
}

/**
 * A snooze ended with nothing newly owed: the issue's most urgent deadline, re-stated as of now (a
 * passed one says how long ago, and carries the current time, not the old due time).
 */
export function reminderAlert(w: WatchedDeadlines, nowMs: number, contacts: Contact[], language: Language): OwedAlert | null {
  const nearest = [...w.deadlines].sort((a, b) => a.dueMs - b.dueMs)[0]
  if (!nearest) return null
  const kind = nearest.dueMs <= nowMs ? 'now' : 'before'
  const text = deadlineAlertText({ issue: w.issue, kind, steps: [w.textOf(nearest.target)], dueMs: nearest.dueMs, nowMs, contacts, language, afterSnooze: true })
  const alert: Alert = {
    key: `${w.issue.id}|snooze|${iso(nowMs)}`,
    issueId: w.issue.id,
    kind,
    dueAt: iso(kind === 'now' ? nowMs : nearest.dueMs),
    ...text,
    targets: [nearest.target],
  }
  return { alert, covers: [deadlineKey(nearest.target, nearest.dueMs)] }
}
