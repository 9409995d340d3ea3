import type { ProblemType, Track } from './vocabulary'

/**
 * The quick-entry suggestion. Never Sev1: that needs prior consultation with a Veeam
 * Korea SE. Serious problems (critical track) → Sev2; questions → Sev4; everything else —
 * install/config/backup/restore failures, slow backup/restore, monitoring — → Sev3. A sales deal
 * is urgent for the business, not technically more severe, so it follows the problem type.
 */
export function suggestSeverity(track: Track, problemType: ProblemType): 2 | 3 | 4 {
  if (track === 'critical') return 2
  if (problemType === 'question') return 4
  return 3
}
