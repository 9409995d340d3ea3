import type { AlertKeyKind } from '../../../shared/schedule/alertPlan'
import type { Store } from '../store/store'

export const CLOSING_SOON = 'closingSoon'

const memoryKey = (issueId: number, target: string, kind: string, dueMs: number) => `${issueId}|${target}|${kind}|${dueMs}`

/**
 * `alerts_sent` mirrored in memory: loaded once, then every check is a Set lookup (no query per
 * alert) and every new key is written through. Keys are (issue, target, kind, due instant).
 */
export class SentAlerts {
  private keys = new Set<string>()
  private closings = new Set<number>()

  constructor(private readonly store: Store) {}

  load(): void {
    this.keys.clear()
    this.closings.clear()
    for (const k of this.store.alerts.sentKeys()) {
      const [issueId, target, kind, dueAt] = k.split('|')
      const dueMs = Date.parse(dueAt)
      this.keys.add(memoryKey(Number(issueId), target, kind, dueMs))
      if (target === CLOSING_SOON) this.closings.add(dueMs)
    }
  }

  has(issueId: number, target: string, kind: AlertKeyKind, dueMs: number): boolean {
    return this.keys.has(memoryKey(issueId, target, kind, dueMs))
  }

  mark(issueId: number, target: string, kind: string, dueMs: number, sentAtMs: number): void {
    this.store.alerts.markSent({ issueId, target, kind, dueAt: new Date(dueMs).toISOString() }, new Date(sentAtMs).toISOString())
    this.keys.add(memoryKey(issueId, target, kind, dueMs))
    if (target === CLOSING_SOON) this.closings.add(dueMs)
  }

  /** The closing-soon warning is one per closing, whichever issue it was recorded under. */
  closingWarned(closesAtMs: number): boolean {
    return this.closings.has(closesAtMs)
  }
}
