import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { bigrams } from './bigrams'
import { migrations, type Migration } from './migrations'

export type Db = Database.Database

export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'notDatabase' | 'corrupt' | 'tooNew',
    detail: string,
  ) {
    super(`데이터 파일을 열 수 없습니다 (${file}): ${detail}`)
    this.name = 'StoreOpenError'
  }
}

export interface OpenOptions {
  /** Called with the live connection before a migration runs, to take a backup first. */
  beforeMigrate?: (db: Db, from: number, to: number) => void
  migrations?: Migration[]
}

let nativeBinding: string | undefined
/** Electron main loads better-sqlite3 built for Electron's ABI from its own folder (see scripts/prepare-electron.mjs). */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.function('bigrams', { deterministic: true }, (text: unknown) => bigrams(typeof text === 'string' ? text : null))
}

/**
 * Opens (or creates) the database file, checks it, and applies pending migrations — each in its own
 * transaction, after `beforeMigrate`. A file that is not a database or fails integrity_check is
 * left untouched and reported as a StoreOpenError naming the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? migrations
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0
  // Checked read-only first, so a bad file is never rewritten (not even switched to WAL).
  if (existed) checkDatabaseFile(file)
  const db = new Database(file, { nativeBinding })
  configure(db)
  migrate(db, list, options.beforeMigrate)
  return db
}

/** Throws StoreOpenError unless `file` is an SQLite database that passes integrity_check. */
export function checkDatabaseFile(file: string): void {
  let db: Db | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new StoreOpenError(file, 'corrupt', String(check))
  } catch (e) {
    if (e instanceof StoreOpenError) throw e
    throw new StoreOpenError(file, 'notDatabase', (e as Error).message)
  } finally {
    db?.close()
  }
}

export function migrate(db: Db, list: Migration[], beforeMigrate?: OpenOptions['beforeMigrate']): void {
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = list.at(-1)?.version ?? 0
  if (current > latest) {
    throw new StoreOpenError(db.name, 'tooNew', `이 앱보다 새 버전이 만든 파일입니다 (schema ${current} > ${latest})`)
  }
  const pending = list.filter((m) => m.version > current)
  if (pending.length === 0) return
  if (current > 0) beforeMigrate?.(db, current, latest)
  for (const m of pending) {
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
  }
}
