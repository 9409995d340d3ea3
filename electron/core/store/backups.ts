import fs from 'node:fs'
import path from 'node:path'
import { formatKstDate } from '../../../shared/format/kst'
import type { Db } from './database'

/** How many backups of each kind are kept (daily, manual, premigrate, preimport: each counted on its own). */
export const KEEP_BACKUPS = 7

export interface BackupFile {
  file: string
  at: string
  bytes: number
}

const stamp = (at: Date): string => at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)

/** Backups live beside the database in `backups/`, named by UTC time and reason; newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.db'))
    .map((f) => {
      const full = path.join(dir, f)
      const st = fs.statSync(full)
      return { file: full, at: (parseStamp(f) ?? st.mtime).toISOString(), bytes: st.size }
    })
    .sort((a, b) => (a.file < b.file ? 1 : -1))
}

/** A new file name in `dir` for a backup taken at `at` for `reason`. */
function backupFileName(dir: string, at: Date, reason: string): string {
  fs.mkdirSync(dir, { recursive: true })
  let file = path.join(dir, `issues-${stamp(at)}-${reason}.db`)
  for (let n = 2; fs.existsSync(file); n++) file = path.join(dir, `issues-${stamp(at)}-${reason}-${n}.db`)
  return file
}

/** The kind of a backup this app wrote (`issues-<stamp>-<kind>[-n].db`), or null for any other file. */
export function backupKind(file: string): string | null {
  return /^issues-\d{8}-\d{6}-([a-z]+)(?:-\d+)?\.db$/.exec(path.basename(file))?.[1] ?? null
}

/**
 * Keeps the newest KEEP_BACKUPS of each kind, so that one kind never pushes out another: seven
 * imports in a row must not delete last week's daily backups. Files we did not write stay.
 */
const prune = (dir: string): void => {
  const seen = new Map<string, number>()
  for (const b of listBackups(dir)) {
    const kind = backupKind(b.file)
    if (!kind) continue
    const n = (seen.get(kind) ?? 0) + 1
    seen.set(kind, n)
    if (n > KEEP_BACKUPS) fs.rmSync(b.file, { force: true })
  }
}

/** Online backup with SQLite's backup API, then prune to the newest KEEP_BACKUPS. */
export async function backupDatabase(db: Db, dir: string, at: Date, reason: string): Promise<string> {
  const file = backupFileName(dir, at, reason)
  await db.backup(file)
  prune(dir)
  return file
}

/**
 * The copy taken before a migration. It must exist before the schema changes, and migrations run
 * synchronously at open, so it uses VACUUM INTO (a consistent copy, synchronous) instead of backup().
 */
export function backupBeforeMigration(db: Db, dir: string, at: Date): string {
  const file = backupFileName(dir, at, 'premigrate')
  db.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`)
  prune(dir)
  return file
}

/** Renames a database file (with its -wal and -shm) out of the way; it is kept, never deleted. */
export function moveAside(file: string, suffix: string): string {
  const aside = `${file}.${suffix}`
  fs.renameSync(file, aside)
  for (const ext of ['-wal', '-shm']) if (fs.existsSync(file + ext)) fs.renameSync(file + ext, aside + ext)
  return aside
}

function parseStamp(name: string): Date | null {
  const m = /^issues-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name)
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null
}

/** Whether the daily backup was already taken on the KST day of `at` (other kinds do not count: they are kept apart). */
export function hasBackupForDay(dir: string, at: Date): boolean {
  return listBackups(dir).some((b) => backupKind(b.file) === 'daily' && formatKstDate(b.at) === formatKstDate(at))
}
