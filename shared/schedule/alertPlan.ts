// Which alerts a deadline owes (before by the lead time, at the due time; never twice), and when. Pure: the clock passes `now`.

/** The target id of the target-response deadline (steps use their id, e.g. 'C5'). */
export const TARGET_RESPONSE = 'target'

/** 'logged': a step alerted the moment its issue is logged although due later (C5: tell the SE at once). */
export type AlertKeyKind = 'before' | 'at' | 'logged'
/** 'now' is an 'at' alert for a deadline that was already due when it first appeared (logged or moved). */
export type DeadlineAlertKind = 'before' | 'at' | 'now'

/** One deadline the clock watches: a step's due time or the target response. */
export interface WatchedDeadline {
  target: string
  dueMs: number
  /** When the clock first saw this exact (target, due) pair; -Infinity for those known at start. */
  firstSeenMs: number
  /** Alerted when the issue is logged as well (first seen at logging), then before and at its due time as usual. */
  atLogging?: boolean
}

/** Whether the alert (target, kind, due) was already sent: alerts_sent, loaded once. */
export interface SentCheck {
  has(target: string, kind: AlertKeyKind, dueMs: number): boolean
}

export interface DueAlert {
  target: string
  dueMs: number
  kind: DeadlineAlertKind
  keyKind: AlertKeyKind
  /** Its due time had already passed when it appeared (e.g. a case open entered after the fact): a breach. */
  late: boolean
}

/**
 * How long before it appeared a deadline must have been due to count as missed. Steps due the moment
 * an issue is logged (C2–C4) appear a few ms later: they are "지금", not breaches.
 */
const LATE_MS = 60_000

/** A "before" alert is owed only when its time had not passed when the deadline appeared. */
const owesBefore = (d: WatchedDeadline, leadMs: number): boolean => leadMs > 0 && d.dueMs - leadMs >= d.firstSeenMs

/** The next instant this deadline needs the clock, or null once its "at" alert was sent. */
export function nextAlertMs(d: WatchedDeadline, sent: SentCheck, leadMs: number): number | null {
  if (sent.has(d.target, 'at', d.dueMs)) return null
  if (d.atLogging && !sent.has(d.target, 'logged', d.dueMs)) return d.firstSeenMs
  if (owesBefore(d, leadMs) && !sent.has(d.target, 'before', d.dueMs)) return d.dueMs - leadMs
  return d.dueMs
}

/** The alert this deadline owes at `nowMs`, if any. Once due, only the "at" (or "now") alert is owed. */
export function dueAlert(d: WatchedDeadline, sent: SentCheck, leadMs: number, nowMs: number): DueAlert | null {
  if (sent.has(d.target, 'at', d.dueMs)) return null
  if (nowMs >= d.dueMs) {
    return { target: d.target, dueMs: d.dueMs, keyKind: 'at', kind: d.dueMs <= d.firstSeenMs ? 'now' : 'at', late: d.dueMs < d.firstSeenMs - LATE_MS }
  }
  if (d.atLogging && !sent.has(d.target, 'logged', d.dueMs)) return { target: d.target, dueMs: d.dueMs, keyKind: 'logged', kind: 'before', late: false }
  if (owesBefore(d, leadMs) && !sent.has(d.target, 'before', d.dueMs) && nowMs >= d.dueMs - leadMs) {
    return { target: d.target, dueMs: d.dueMs, keyKind: 'before', kind: 'before', late: false }
  }
  return null
}

const urgency: Record<DeadlineAlertKind, number> = { now: 0, at: 1, before: 2 }

/**
 * Several alerts of one issue owed at once become one notification: it speaks of the most urgent
 * kind ('now' > 'at' > 'before'), lists those deadlines first (earliest first; among equals, the
 * ones `callsFirst` picks, e.g. "phone the distributor" before "self-troubleshooting ends"), then the rest.
 */
export function mergeDueAlerts(
  items: DueAlert[],
  callsFirst: (target: string) => boolean = () => false,
): { kind: DeadlineAlertKind; dueMs: number; ordered: DueAlert[] } {
  const calls = (i: DueAlert) => (callsFirst(i.target) ? 0 : 1)
  const ordered = [...items].sort((a, b) => urgency[a.kind] - urgency[b.kind] || a.dueMs - b.dueMs || calls(a) - calls(b))
  return { kind: ordered[0].kind, dueMs: ordered[0].dueMs, ordered }
}
