import type { BusinessCalendar } from './calendar/businessCalendar'
import { DEFAULT_SEVERITY_TARGETS, type SeverityTargets } from './settings'
import { HOUR_MS } from './time/kstDays'
import type { ProblemType, Renewal, Severity, Track } from './types'

export function targetResponseHours(
  severity: Severity,
  renewal: Renewal,
  settings: SeverityTargets = DEFAULT_SEVERITY_TARGETS,
): number {
  return settings[renewal][severity]
}

/**
 * When the Veeam engineer's first response is due (spec §5): Production support is 24/7/365, so
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
  const ms = targetResponseHours(severity, renewal, settings) * HOUR_MS
  if (renewal === 'production') return new Date(caseOpenedAt.getTime() + ms)
  return cal.addBusinessTime(caseOpenedAt, ms)
}

/**
 * The quick-entry suggestion (spec §5). Never Sev1: that needs prior consultation with a Veeam
 * Korea SE. Serious problems (critical track) → Sev2; questions → Sev4; everything else —
 * install/config/backup/restore failures, slow backup/restore, monitoring — → Sev3. A sales deal
 * is urgent for the business, not technically more severe, so it follows the problem type.
 */
export function suggestSeverity(track: Track, problemType: ProblemType): 2 | 3 | 4 {
  if (track === 'critical') return 2
  if (problemType === 'question') return 4
  return 3
}
