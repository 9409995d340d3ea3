import type { AlertKeyKind } from '../../../shared/schedule/alertPlan'
import type { Store } from '../store/store'

export const CLOSING_SOON = 'closingSoon'

/**
 * `alerts_sent` mirrored in memory: loaded once, then every check is a lookup in nested maps
 * (issue → target → kind → due instants; no key string built per check, which the clock does for
 * every deadline of 10,000 issues on a settings change) and every new key is written through.
 */
export class SentAlerts {
  private byIssue = new Map<number, Map<string, Map<string, Set<number>>>>()
  private closings = new Set<number>()

  constructor(private readonly store: Store) {}

  load(): void {
    this.byIssue.clear()
    this.closings.clear()
    for (const [issueId, target, kind, dueMs] of this.store.alerts.sentRows()) this.remember(issueId, target, kind, dueMs)
  }

  has(issueId: number, target: string, kind: AlertKeyKind, dueMs: number): boolean {
    return this.byIssue.get(issueId)?.get(target)?.get(kind)?.has(dueMs) ?? false
  }

  /** The check for one issue, its map looked up once (an issue with nothing sent answers at once). */
  checkFor(issueId: number): (target: string, kind: AlertKeyKind, dueMs: number) => boolean {
    const targets = this.byIssue.get(issueId)
    if (!targets) return () => false
    return (target, kind, dueMs) => targets.get(target)?.get(kind)?.has(dueMs) ?? false
  }

  mark(issueId: number, target: string, kind: string, dueMs: number, sentAtMs: number): void {
    this.store.alerts.markSent({ issueId, target, kind, dueAt: new Date(dueMs).toISOString() }, new Date(sentAtMs).toISOString())
    this.remember(issueId, target, kind, dueMs)
  }

  /** The closing-soon warning is one per closing, whichever issue it was recorded under. */
  closingWarned(closesAtMs: number): boolean {
    return this.closings.has(closesAtMs)
  }

  private remember(issueId: number, target: string, kind: string, dueMs: number): void {
    let targets = this.byIssue.get(issueId)
    if (!targets) this.byIssue.set(issueId, (targets = new Map()))
    let kinds = targets.get(target)
    if (!kinds) targets.set(target, (kinds = new Map()))
    let dues = kinds.get(kind)
    if (!dues) kinds.set(kind, (dues = new Set()))
    dues.add(dueMs)
    if (target === CLOSING_SOON) this.closings.add(dueMs)
  }
}
