import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { BACKSTOP_CHECKPOINT_PAGES } from './afterCommit'
import { bigrams } from './bigrams'
import { migrations, type Migration } from './migrations'
import { APPLICATION_ID } from './migrations/0005-application-id'

export type Db = Database.Database

export class StoreOpenError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'notDatabase' | 'corrupt' | 'tooNew' | 'foreign' | 'readOnly',
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
/** The binding in use (the integrity worker loads the same one). */
export const nativeBindingFile = (): string | undefined => nativeBinding

function configure(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`) // checkpoints run after commits: store/afterCommit.ts
  db.function('bigrams', { deterministic: true }, (text: unknown) => bigrams(typeof text === 'string' ? text : null))
}

/**
 * Opens (or creates) the database file, checks it, and applies pending migrations — each in its own
 * transaction, after `beforeMigrate`. A file that is not a database, is damaged in its header or
 * schema, or is not ours is left untouched and reported as a StoreOpenError naming the file. The
 * start waits only for that cheap check; the full integrity_check of every page runs afterwards in a
 * worker (store/integrity.ts, started by Core.checkIntegrity), with the same handling if it fails.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const list = options.migrations ?? migrations
  assertWritable(file)
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0
  // Checked read-only first, so a bad or foreign file is never rewritten (not even switched to WAL).
  if (existed) checkDatabaseFile(file, { emptyIsNew: true, full: false })
  const db = new Database(file, { nativeBinding })
  configure(db)
  migrate(db, list, options.beforeMigrate)
  return db
}

/**
 * A read-only data folder (or file) is reported at start, not at the first lost write: SQLite would
 * open such a file read-only without a word, and every later save would fail.
 */
function assertWritable(file: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.accessSync(path.dirname(file), fs.constants.W_OK)
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw e
    throw new StoreOpenError(
      file,
      'readOnly',
      '데이터 폴더에 쓸 수 없습니다 (읽기 전용이거나 권한이 없습니다). 폴더의 쓰기 권한을 확인하거나 다른 데이터 폴더를 지정한 뒤 다시 시작하세요.',
    )
  }
}

/** Tables every file of ours has had since the first migration. */
const OUR_TABLES = ['issues', 'timeline', 'step_states', 'contacts', 'customers', 'settings']

/**
 * Whose file this is: ours (stamped with our application_id, or — made before the stamp — at
 * schema version ≥ 1 with our tables), empty (a valid SQLite file with nothing in it: opened as
 * new), or foreign (another program's).
 */
export function identifyDatabase(db: Db): 'ours' | 'empty' | 'foreign' {
  const appId = db.pragma('application_id', { simple: true }) as number
  if (appId === APPLICATION_ID) return 'ours'
  if (appId !== 0) return 'foreign'
  const version = db.pragma('user_version', { simple: true }) as number
  const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name))
  if (version === 0 && tables.size === 0) return 'empty'
  return version >= 1 && OUR_TABLES.every((t) => tables.has(t)) ? 'ours' : 'foreign'
}

/**
 * Throws StoreOpenError unless `file` is a database this app wrote that passes integrity_check
 * (with `emptyIsNew`, an empty SQLite file passes too). Opens it read-only: nothing is changed.
 * With `full: false` (the start) only the header, the schema, application_id and user_version are
 * read — what opening needs — and every page is checked later, off the main thread.
 */
export function checkDatabaseFile(file: string, options: { emptyIsNew?: boolean; full?: boolean } = {}): void {
  let db: Db | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    if (options.full ?? true) {
      const check = db.pragma('integrity_check', { simple: true })
      if (check !== 'ok') throw new StoreOpenError(file, 'corrupt', String(check))
    } else {
      // Reads the header and parses the whole schema: a damaged header or schema page fails here.
      db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()
    }
    const whose = identifyDatabase(db)
    if (whose === 'foreign' || (whose === 'empty' && !options.emptyIsNew)) {
      throw new StoreOpenError(file, 'foreign', '이 앱의 데이터 파일이 아닙니다 (다른 프로그램의 SQLite 파일이거나 빈 파일입니다)')
    }
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
