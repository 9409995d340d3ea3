import type { Db } from './database'
import { OPEN_STATUS_SQL } from './issueRows'
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

  /**
   * The sent keys the clock needs at start, as parallel lists (the due instant converted to ms by
   * SQLite): those of open issues, and every one of `alsoTarget` whichever its issue.
   * Read as one JSON document per list: JSON.parse makes the values about twice as fast as the driver
   * steps 30,000 rows.
   */
  clockKeys(alsoTarget: string): SentKeyLists {
    return this.keyLists(
      this.sql(`${KEY_LISTS} WHERE target = ? OR issue_id IN (SELECT id FROM issues WHERE status IN ${OPEN_STATUS_SQL})`, 'raw').get(alsoTarget),
    )
  }

  /** Every sent key of one issue, in the same lists (an issue that comes back into the clock). */
  issueKeys(issueId: number): SentKeyLists {
    return this.keyLists(this.sql(`${KEY_LISTS} WHERE issue_id = ?`, 'raw').get(issueId))
  }

  private keyLists(row: unknown): SentKeyLists {
    const [issueIds, targets, kinds, dues] = (row as [string, string, string, string]).map((json) => JSON.parse(json) as unknown[])
    return { issueIds: issueIds as number[], targets: targets as string[], kinds: kinds as string[], dues: dues as (number | null)[] }
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

/** Sent keys as parallel lists: the i-th key is (issueIds[i], targets[i], kinds[i], dues[i]); a due SQLite cannot read is null. */
export interface SentKeyLists {
  issueIds: number[]
  targets: string[]
  kinds: string[]
  dues: (number | null)[]
}

const KEY_LISTS =
  "SELECT json_group_array(issue_id), json_group_array(target), json_group_array(kind), json_group_array(CAST(round(unixepoch(due_at, 'subsec') * 1000) AS INTEGER)) FROM alerts_sent"

export const alertKeyString = (k: AlertKey): string => `${k.issueId}|${k.target}|${k.kind}|${k.dueAt}`
