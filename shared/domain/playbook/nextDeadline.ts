import type { PlaybookStep } from './playbookTypes'

/** Earliest due time among steps still open (not done or skipped); null when none has a timer. */
export function nextDeadline(steps: readonly PlaybookStep[]): Date | null {
  let earliest: Date | null = null
  for (const s of steps) {
    if (s.state === 'done' || s.state === 'skipped' || !s.due) continue
    if (!earliest || s.due < earliest) earliest = s.due
  }
  return earliest
}
