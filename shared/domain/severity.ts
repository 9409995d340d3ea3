import type { BusinessCalendar } from './calendar/businessCalendar'
import { DEFAULT_SEVERITY_TARGETS, type SeverityTargets } from './settings'
import { HOUR_MS } from './time/kstDays'
import type { Renewal, Severity } from './types'

export function targetResponseHours(
  severity: Severity,
  renewal: Renewal,
  settings: SeverityTargets = DEFAULT_SEVERITY_TARGETS,
): number {
  return settings[renewal][severity]
}

/**
 * When the Veeam engineer's first response is due: Production support is 24/7/365, so
 * its target is wall-clock time from the case opening; Basic support counts only Korean business
 * hours of `cal` (a case opened outside hours starts counting at the next opening).
 */
export function targetResponseDue(
  caseOpenedAt: Date,
  severity: Severity,
  renewal: Renewal,
  cal: BusinessCalendar,
  settings: SeverityTargets = DEFAULT_SEVERITY_TARGETS,
): Date {
  return new Date(targetResponseDueMs(caseOpenedAt.getTime(), severity, renewal, cal, settings))
}

/** The same on epoch milliseconds. */
export function targetResponseDueMs(
  caseOpenedMs: number,
  severity: Severity,
  renewal: Renewal,
  cal: BusinessCalendar,
  settings: SeverityTargets = DEFAULT_SEVERITY_TARGETS,
): number {
  const ms = targetResponseHours(severity, renewal, settings) * HOUR_MS
  return renewal === 'production' ? caseOpenedMs + ms : cal.addBusinessMs(caseOpenedMs, ms)
}
