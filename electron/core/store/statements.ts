import type { Statement } from 'better-sqlite3'
import type { Db } from './database'

/**
 * Prepared statements by SQL text: compiling a statement costs tens of µs, more than running it,
 * so each repo prepares each distinct SQL once per connection.
 */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>()
  return (sql) => {
    let stmt = cache.get(sql)
    if (!stmt) {
      stmt = db.prepare(sql)
      cache.set(sql, stmt)
    }
    return stmt
  }
}
