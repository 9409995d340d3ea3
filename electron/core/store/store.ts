import fs from 'node:fs'
import path from 'node:path'
import type { Bilingual } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc/result'
import { AfterCommit } from './afterCommit'
import { AlertsRepo } from './alertsRepo'
import { backupBeforeMigration, backupDatabase, hasBackupForDay, listBackups, moveAside } from './backups'
import { checkDatabaseFile, openDatabase, StoreOpenError, type Db } from './database'
import { DirectoryRepo } from './directoryRepo'
import { IssuesRepo } from './issuesRepo'
import { SettingsRepo } from './settingsRepo'
import { WalAfterFullDisk } from './storeErrors'

export const DB_FILE_NAME = 'veeam-escalation.db'

const BAD_BACKUP: Record<StoreOpenError['reason'], Bilingual> = {
  notDatabase: { ko: '데이터베이스 파일이 아니거나 없습니다', en: 'it is not a database file, or it is missing' },
  corrupt: { ko: '파일이 손상되었습니다', en: 'the file is damaged' },
  tooNew: { ko: '이 앱보다 새 버전이 만든 파일입니다', en: 'a newer version of this app made it' },
  foreign: { ko: '이 앱의 백업이 아닙니다', en: 'it is not a backup of this app' },
  readOnly: { ko: '읽을 수 없습니다', en: 'it cannot be read' },
}

/**
 * The durable record: one SQLite file plus its backups folder. Repos are recreated when the
 * connection is swapped (restore), so callers always go through `store.issues` etc.
 */
export class Store {
  issues!: IssuesRepo
  directory!: DirectoryRepo
  settings!: SettingsRepo
  alerts!: AlertsRepo
  private readonly wal = new WalAfterFullDisk()
  /** What follows a commit on the next turn, off the reply's path: a WAL checkpoint when due, then the queued jobs. */
  readonly afterCommit = new AfterCommit(() => this.db)
  /** One transaction wrapper per connection: better-sqlite3 builds a wrapper per call of `db.transaction`. */
  private inTransaction!: <T>(fn: () => T) => T

  private constructor(
    private db: Db,
    readonly file: string,
  ) {
    this.attach(db)
  }

  static open(file: string, now: () => Date = () => new Date()): Store {
    const db = openDatabase(file, {
      beforeMigrate: (conn) => backupBeforeMigration(conn, path.join(path.dirname(file), 'backups'), now()),
    })
    return new Store(db, file)
  }

  private attach(db: Db): void {
    this.db = db
    this.inTransaction = db.transaction((fn: () => unknown) => fn()) as <T>(fn: () => T) => T
    this.issues = new IssuesRepo(db)
    this.directory = new DirectoryRepo(db)
    this.settings = new SettingsRepo(db)
    this.alerts = new AlertsRepo(db)
    this.issues.indexMissing()
  }

  get backupDir(): string {
    return path.join(path.dirname(this.file), 'backups')
  }

  /** Runs `fn` in one transaction: every change and its timeline event commit together or not at all. */
  tx<T>(fn: () => T): T {
    const result = this.wal.run(this.db, () => this.inTransaction(fn))
    if (!this.db.inTransaction) this.afterCommit.committed()
    return result
  }

  backupNow(at: Date, reason = 'manual'): Promise<string> {
    return backupDatabase(this.db, this.backupDir, at, reason)
  }

  /** The daily backup: taken at start and by the clock while the app runs for weeks. */
  async backupIfDue(at: Date): Promise<string | null> {
    return hasBackupForDay(this.backupDir, at) ? null : this.backupNow(at, 'daily')
  }

  listBackups() {
    return listBackups(this.backupDir)
  }

  /**
   * Replaces the live file with a backup. The current file is kept aside (renamed, never deleted);
   * the backup is checked before anything is touched.
   */
  restore(backupFile: string, at: Date): string {
    const resolved = path.resolve(backupFile)
    if (path.dirname(resolved) !== path.resolve(this.backupDir)) throw new AppError('rule', { ko: '백업 폴더의 파일만 복원할 수 있습니다', en: 'Only a file in the backups folder can be restored' })
    try {
      checkDatabaseFile(resolved)
    } catch (e) {
      if (!(e instanceof StoreOpenError)) throw e
      const name = path.basename(resolved)
      const why = BAD_BACKUP[e.reason]
      throw new AppError('badRestoreFile', {
        ko: `이 파일은 복원할 수 없습니다 (${name}: ${why.ko}). 지금 데이터는 그대로입니다 — 목록에서 다른 백업을 고르세요.`,
        en: `This file cannot be restored (${name}: ${why.en}). Your current data is unchanged — pick another backup from the list.`,
      })
    }
    this.db.close()
    const aside = moveAside(this.file, `before-restore-${at.toISOString().replace(/[:.]/g, '-')}`)
    fs.copyFileSync(resolved, this.file)
    this.attach(openDatabase(this.file))
    return aside
  }

  /**
   * Closes and reopens the connection (the repos are recreated): after the import wrote the
   * search index's tables directly, so that FTS5 forgets what it cached of the old index.
   */
  reopen(): void {
    this.db.close()
    this.attach(openDatabase(this.file))
  }

  /** For hashing and tests: the raw connection. */
  get connection(): Db {
    return this.db
  }

  close(): void {
    this.db.close()
  }
}
