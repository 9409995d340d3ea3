import { MINUTE_MS } from '../time/kstDays'
import type { StepRecord, StepState } from './playbookTypes'

/**
 * Recorded done/skipped wins; then derived done (e.g. case opened); then the clock:
 * before due → 'pending'; the due minute [due, due + 60 s) → 'due'; after → 'overdue'.
 * Without `now`, or without a due time, an open step is 'pending'.
 */
export function stepState(
  record: StepRecord | undefined,
  derivedDoneAt: Date | null,
  due: Date | null,
  now: Date | undefined,
): { state: StepState; doneAt: Date | null } {
  if (record) return { state: record.status, doneAt: record.at }
  if (derivedDoneAt) return { state: 'done', doneAt: derivedDoneAt }
  if (!due || !now) return { state: 'pending', doneAt: null }
  const late = now.getTime() - due.getTime()
  if (late < 0) return { state: 'pending', doneAt: null }
  return { state: late < MINUTE_MS ? 'due' : 'overdue', doneAt: null }
}
