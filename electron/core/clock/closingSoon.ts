import type { BusinessCalendar } from '../../../shared/domain'

/** One business day's closing and the warning before it (spec §11: Basic coverage closing soon). */
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
