import type { Issue, StepState } from '../../../shared/model'
import type { IssueDeadlines } from '../../../shared/schedule/issueDeadlines'

/**
 * What the services tell the escalation clock, directly and synchronously after each committed
 * write: the saved issue as written, its step states and the deadlines already computed for it, so
 * the clock neither re-reads the row nor computes them again.
 */
export interface IssueWatcher {
  issueSaved(issue: Issue, states: StepState[], deadlines: IssueDeadlines): void
  /** Settings or holidays changed: every deadline moves, the issues did not. */
  settingsChanged(): void
  /** The whole file changed (restore, import). */
  dataReplaced(): void
}
