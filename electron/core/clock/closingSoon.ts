import type { BusinessCalendar } from '../../../shared/domain'
import type { Alert } from '../../../shared/ipc'
import type { Issue } from '../../../shared/model'
import type { ClockIssue } from '../../../shared/schedule/issueDeadlines'
import { closingSoonText, type Language } from '../../../shared/schedule/alertText'
import { CLOSING_SOON, type SentAlerts } from './sentAlerts'

/** One business day's closing and the warning before it (Basic coverage closing soon). */
export interface ClosingWindow {
  warnAtMs: number
  closesAtMs: number
  nextOpeningMs: number
}

/** The closing that is current (open now) or next (closed now); null when the warning is off. */
export function closingWindow(cal: BusinessCalendar, nowMs: number, minutes: number): ClosingWindow | null {
  if (minutes <= 0) return null
  let cov = cal.coverageLeft(new Date(nowMs))
  if (!cov.open) cov = cal.coverageLeft(cov.nextOpening)
  if (!cov.closesAt) return null
  const closesAtMs = cov.closesAt.getTime()
  return { warnAtMs: closesAtMs - minutes * 60_000, closesAtMs, nextOpeningMs: cov.nextOpening.getTime() }
}

/** The next instant the warning may be due: this closing's warning time, or the next closing's. */
export function nextClosingWarnMs(cal: BusinessCalendar, nowMs: number, minutes: number): number | null {
  const w = closingWindow(cal, nowMs, minutes)
  if (!w) return null
  if (nowMs < w.warnAtMs) return w.warnAtMs
  return closingWindow(cal, w.closesAtMs, minutes)?.warnAtMs ?? null
}

/** What the warning is about: a Basic case that is open at Veeam and still waits for its first response. */
export const waitsForBasicResponse = (i: Pick<Issue, 'renewal' | 'caseOpenedAt' | 'firstResponseAt'>): boolean =>
  i.renewal === 'basic' && !!i.caseOpenedAt && !i.firstResponseAt

/**
 * The Basic closing-soon warning: one per closing, naming each waiting issue once; withdrawn when
 * none of them waits any more or the closing has passed.
 */
export class ClosingSoon {
  private shown: { key: string; closesAtMs: number; waiting: Set<number> } | null = null

  constructor(private readonly sent: SentAlerts) {}

  check(a: { calendar: BusinessCalendar; minutes: number; issues: () => ClockIssue[]; nowMs: number; language: Language }): { alert: Alert | null; withdrawn: string[] } {
    const withdrawn = this.shown && a.nowMs >= this.shown.closesAtMs ? this.reset() : []
    const win = closingWindow(a.calendar, a.nowMs, a.minutes)
    if (!win || a.nowMs < win.warnAtMs || this.sent.closingWarned(win.closesAtMs)) return { alert: null, withdrawn }
    const waiting = a.issues().filter(waitsForBasicResponse).sort((x, y) => x.id - y.id)
    if (waiting.length === 0) return { alert: null, withdrawn }
    const text = closingSoonText({ closesAtMs: win.closesAtMs, nextOpeningMs: win.nextOpeningMs, waiting, nowMs: a.nowMs, language: a.language })
    this.sent.mark(waiting[0].id, CLOSING_SOON, CLOSING_SOON, win.closesAtMs, a.nowMs)
    const key = `${CLOSING_SOON}|${new Date(win.closesAtMs).toISOString()}`
    this.shown = { key, closesAtMs: win.closesAtMs, waiting: new Set(waiting.map((i) => i.id)) }
    const alert: Alert = { key, issueId: waiting[0].id, kind: 'closingSoon', dueAt: new Date(win.closesAtMs).toISOString(), ...text, targets: [CLOSING_SOON] }
    return { alert, withdrawn }
  }

  /** An issue was written: once no issue of the shown warning waits any more, the warning is withdrawn. */
  issueChanged(issue: ClockIssue, open: boolean): string[] {
    if (!this.shown?.waiting.has(issue.id) || (open && waitsForBasicResponse(issue))) return []
    this.shown.waiting.delete(issue.id)
    return this.shown.waiting.size === 0 ? this.reset() : []
  }

  reset(): string[] {
    const key = this.shown?.key
    this.shown = null
    return key ? [key] : []
  }

  nextInstant(cal: BusinessCalendar, nowMs: number, minutes: number): number | null {
    return nextClosingWarnMs(cal, nowMs, minutes)
  }
}
