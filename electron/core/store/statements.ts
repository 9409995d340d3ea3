import type { Statement } from 'better-sqlite3'
import type { Db } from './database'

/**
 * Prepared statements by SQL text: compiling a statement costs tens of µs, more than running it,
 * so each repo prepares each distinct SQL once per connection. `raw` statements (rows as arrays,
 * for bulk reads) are cached apart: raw mode is a setting of the statement itself.
 */
export function statementCache(db: Db): (sql: string, raw?: 'raw') => Statement {
  const cache = new Map<string, Statement>()
  return (sql, raw) => {
    const key = raw ? `raw:${sql}` : sql
    let stmt = cache.get(key)
    if (!stmt) {
      stmt = db.prepare(sql)
      if (raw) stmt.raw(true)
      cache.set(key, stmt)
    }
    return stmt
  }
}
