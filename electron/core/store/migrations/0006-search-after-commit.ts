import type { Db } from '../database'

/**
 * A new issue's search index rows are no longer written by a trigger inside its create transaction:
 * they cost as much as the rest of the create together (two FTS5 inserts, one through `bigrams()`),
 * and the reply needs none of them. `IssuesRepo.indexNew` writes them right after the commit, and
 * before anything searches or edits the issue; an open writes those a crash left out. Edits and
 * deletions keep their triggers (an issue is always indexed before one can run).
 */
export const version = 6

export function up(db: Db): void {
  db.exec('DROP TRIGGER issues_fts_ai')
}
