import Database from 'better-sqlite3'
import fs from 'node:fs'

/**
 * Overwrites half of one index's root page with junk, in a file closed cleanly (WAL checkpointed).
 * Not the schema and not a table the start reads: the start's cheap check passes, only the full
 * integrity_check sees it.
 */
export function damageIndexPage(file: string, index: string): void {
  const db = new Database(file, { readonly: true })
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const root = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(index) as number
  db.close()
  const fd = fs.openSync(file, 'r+')
  fs.writeSync(fd, Buffer.alloc(pageSize / 2, 0x5a), 0, pageSize / 2, (root - 1) * pageSize + pageSize / 2)
  fs.closeSync(fd)
}
