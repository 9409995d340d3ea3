/** A notification still on screen and the deadlines (`target|dueMs`) it speaks of. */
interface Live {
  key: string
  covers: string[]
}

/**
 * The deadline alerts shown and not yet withdrawn, per issue: when an issue changes, the ones none
 * of whose deadlines is still pending (done, skipped, moved; the issue resolved or closed) are
 * dropped and their keys returned for an `alertsWithdrawn` event.
 */
export class LiveAlerts {
  private readonly byIssue = new Map<number, Live[]>()

  add(issueId: number, key: string, covers: string[]): void {
    const list = this.byIssue.get(issueId) ?? []
    list.push({ key, covers })
    this.byIssue.set(issueId, list)
  }

  /** Those that no longer apply, given the issue's pending deadlines now. */
  dropStale(issueId: number, pending: Set<string>): string[] {
    const list = this.byIssue.get(issueId)
    if (!list) return []
    const keep = list.filter((l) => l.covers.some((c) => pending.has(c)))
    if (keep.length) this.byIssue.set(issueId, keep)
    else this.byIssue.delete(issueId)
    return list.filter((l) => !keep.includes(l)).map((l) => l.key)
  }

  dropIssue(issueId: number): string[] {
    return this.dropStale(issueId, new Set())
  }

  dropAll(): string[] {
    const keys = [...this.byIssue.values()].flat().map((l) => l.key)
    this.byIssue.clear()
    return keys
  }

  issueIds(): number[] {
    return [...this.byIssue.keys()]
  }
}
