import type { Db } from '../database'

/**
 * The dashboard's order (nearest deadline first, none last, then newest) served by an index over the
 * issues that are not closed, so listing 200 of 10,000 open issues reads 200 index entries instead
 * of sorting them all. The expressions match `IssuesRepo.list` exactly; the old (status, next_due)
 * index is kept for the status filter.
 */
export const version = 4

export function up(db: Db): void {
  db.exec(`CREATE INDEX issues_not_closed_by_due ON issues(next_due IS NULL, next_due, logged_at DESC) WHERE status <> 'closed';`)
}
