import type { Db } from '../database'

/**
 * A severity changed while the target-response clock runs (case open, no first response yet)
 * restarts that clock from the change: the instant is kept on the issue so the clock and the
 * deadlines recompute it like every other anchor. The index serves the report's period scan.
 */
export const version = 3

export function up(db: Db): void {
  db.exec(`ALTER TABLE issues ADD COLUMN severity_changed_at TEXT;
CREATE INDEX issues_updated_at ON issues(updated_at);`)
}
