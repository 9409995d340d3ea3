import type { Db } from './database'

export interface AlertKey {
  issueId: number
  target: string
  kind: string
  dueAt: string
}

/** `alerts_sent`: which (issue, target, kind, due instant) already alerted, so none alerts twice. */
export class AlertsRepo {
  constructor(private readonly db: Db) {}

  wasSent(k: AlertKey): boolean {
    return !!this.db
      .prepare('SELECT 1 FROM alerts_sent WHERE issue_id = ? AND target = ? AND kind = ? AND due_at = ?')
      .get(k.issueId, k.target, k.kind, k.dueAt)
  }

  markSent(k: AlertKey, sentAt: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO alerts_sent (issue_id, target, kind, due_at, sent_at) VALUES (?, ?, ?, ?, ?)')
      .run(k.issueId, k.target, k.kind, k.dueAt, sentAt)
  }

  /** Every sent key of open issues, loaded once per re-arm instead of one query per alert. */
  sentKeys(): Set<string> {
    const rows = this.db.prepare('SELECT issue_id, target, kind, due_at FROM alerts_sent').all() as {
      issue_id: number
      target: string
      kind: string
      due_at: string
    }[]
    return new Set(rows.map((r) => alertKeyString({ issueId: r.issue_id, target: r.target, kind: r.kind, dueAt: r.due_at })))
  }
}

export const alertKeyString = (k: AlertKey): string => `${k.issueId}|${k.target}|${k.kind}|${k.dueAt}`
