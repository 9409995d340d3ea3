import type { Db } from './database'
import { statementCache } from './statements'

export interface AlertKey {
  issueId: number
  target: string
  kind: string
  dueAt: string
}

/** `alerts_sent`: which (issue, target, kind, due instant) already alerted, so none alerts twice. */
export class AlertsRepo {
  private readonly sql: ReturnType<typeof statementCache>

  constructor(db: Db) {
    this.sql = statementCache(db)
  }

  wasSent(k: AlertKey): boolean {
    return !!this.sql('SELECT 1 FROM alerts_sent WHERE issue_id = ? AND target = ? AND kind = ? AND due_at = ?')
      .get(k.issueId, k.target, k.kind, k.dueAt)
  }

  markSent(k: AlertKey, sentAt: string): void {
    this.sql('INSERT OR IGNORE INTO alerts_sent (issue_id, target, kind, due_at, sent_at) VALUES (?, ?, ?, ?, ?)')
      .run(k.issueId, k.target, k.kind, k.dueAt, sentAt)
  }

  /** Every row, for the data export; `restore` puts them back on import. */
  all(): (AlertKey & { sentAt: string })[] {
    const rows = this.sql('SELECT issue_id, target, kind, due_at, sent_at FROM alerts_sent').all() as {
      issue_id: number
      target: string
      kind: string
      due_at: string
      sent_at: string
    }[]
    return rows.map((r) => ({ issueId: r.issue_id, target: r.target, kind: r.kind, dueAt: r.due_at, sentAt: r.sent_at }))
  }

  /** Every sent key as [issue_id, target, kind, due instant in ms], read in raw mode: the clock's one load at start. */
  sentRows(): [number, string, string, number][] {
    const rows = this.sql('SELECT issue_id, target, kind, due_at FROM alerts_sent', 'raw').all() as [number, string, string, string][]
    return rows.map((r) => [r[0], r[1], r[2], Date.parse(r[3])])
  }

  /** Every sent key as one string (tests compare with the alerts' keys). */
  sentKeys(): Set<string> {
    const rows = this.sql('SELECT issue_id, target, kind, due_at FROM alerts_sent').all() as {
      issue_id: number
      target: string
      kind: string
      due_at: string
    }[]
    return new Set(rows.map((r) => alertKeyString({ issueId: r.issue_id, target: r.target, kind: r.kind, dueAt: r.due_at })))
  }
}

export const alertKeyString = (k: AlertKey): string => `${k.issueId}|${k.target}|${k.kind}|${k.dueAt}`
