import type { AlertKeyKind, SentCheck } from '../../../shared/schedule/alertPlan'
import type { SentKeyLists } from '../store/alertsRepo'
import type { Store } from '../store/store'

export const CLOSING_SOON = 'closingSoon'

/** One issue's sent keys, flat: target, kind, due ms, target, kind, due ms, … (a handful per issue: scanned). */
class SentKeys implements SentCheck {
  readonly list: (string | number)[] = []

  has(target: string, kind: string, dueMs: number): boolean {
    const list = this.list
    for (let i = 0; i < list.length; i += 3) if (list[i + 2] === dueMs && list[i] === target && list[i + 1] === kind) return true
    return false
  }
}

const NOTHING_SENT: SentCheck = { has: () => false }

/**
 * `alerts_sent` mirrored in memory for the open issues: loaded once at start (one query), then every
 * check is a scan of the issue's few keys (no key string or closure made per check, which the clock
 * does for every deadline of 10,000 issues on a settings change), and every new key is written
 * through. An issue that comes back into the clock (reopened) has its keys read when it does.
 */
export class SentAlerts {
  private byIssue = new Map<number, SentKeys>()
  private closings = new Set<number>()

  constructor(private readonly store: Store) {}

  load(): void {
    this.byIssue.clear()
    this.closings.clear()
    this.rememberAll(this.store.alerts.clockKeys(CLOSING_SOON))
  }

  /** Reads one issue's keys again (an issue the clock did not watch until now). */
  loadIssue(issueId: number): void {
    this.byIssue.delete(issueId)
    this.rememberAll(this.store.alerts.issueKeys(issueId))
  }

  has(issueId: number, target: string, kind: AlertKeyKind, dueMs: number): boolean {
    return this.checkFor(issueId).has(target, kind, dueMs)
  }

  /** The check for one issue, looked up once (an issue with nothing sent answers at once). */
  checkFor(issueId: number): SentCheck {
    return this.byIssue.get(issueId) ?? NOTHING_SENT
  }

  mark(issueId: number, target: string, kind: string, dueMs: number, sentAtMs: number): void {
    this.store.alerts.markSent({ issueId, target, kind, dueAt: new Date(dueMs).toISOString() }, new Date(sentAtMs).toISOString())
    this.remember(issueId, target, kind, dueMs)
  }

  /** The closing-soon warning is one per closing, whichever issue it was recorded under. */
  closingWarned(closesAtMs: number): boolean {
    return this.closings.has(closesAtMs)
  }

  private rememberAll(k: SentKeyLists): void {
    for (let i = 0; i < k.issueIds.length; i++) this.remember(k.issueIds[i], k.targets[i], k.kinds[i], k.dues[i])
  }

  private remember(issueId: number, target: string, kind: string, dueMs: number | null): void {
    if (dueMs === null) return // a due time SQLite cannot read matches no deadline
    let keys = this.byIssue.get(issueId)
    if (!keys) this.byIssue.set(issueId, (keys = new SentKeys()))
    keys.list.push(target, kind, dueMs)
    if (target === CLOSING_SOON) this.closings.add(dueMs)
  }
}
