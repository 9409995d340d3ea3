import type { Db } from '../database'

/**
 * Our files carry this number in the SQLite header (`PRAGMA application_id`, "VETR"), so that a
 * file written by another program is recognised and refused untouched. Files made before this
 * migration are recognised by their schema version and tables, and get the stamp here.
 */
export const APPLICATION_ID = 0x56455452

export const version = 5

export function up(db: Db): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
}
