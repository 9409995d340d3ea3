import path from 'node:path'
import { openDatabase, type Db } from '../../../../../electron/core/store/database'
import { migrations } from '../../../../../electron/core/store/migrations'
import { tempDir } from '../../testCore'

/** A fresh file brought to `version` by the real migrations (the state a user's file was in). */
export function databaseAt(version: number): Db {
  return openDatabase(path.join(tempDir('veeam-migration-'), 'veeam-escalation.db'), { migrations: migrations.filter((m) => m.version <= version) })
}

/** Applies the one migration `version` as the app does (its own transaction, then user_version). */
export function migrateTo(db: Db, version: number): void {
  const m = migrations.find((x) => x.version === version)!
  db.transaction(() => {
    m.up(db)
    db.pragma(`user_version = ${m.version}`)
  })()
}

export function insertIssue(db: Db, title: string, status = 'new', nextDue: string | null = null): number {
  const at = '2026-01-05T01:00:00.000Z'
  return Number(
    db
      .prepare(
        `INSERT INTO issues (title, track, problem_type, renewal, severity, status, logged_at, first_occurred_at, updated_at, error_message, next_due)
         VALUES (?, 'general', 'backup', 'basic', 3, ?, ?, ?, ?, 'Error 0x80070005', ?)`,
      )
      .run(title, status, at, at, at, nextDue).lastInsertRowid,
  )
}
