import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Bilingual } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc/result'
import type { AppSettings } from '../../../shared/model'
import { AlertsRepo } from '../store/alertsRepo'
import { openDatabase, type Db } from '../store/database'
import { DirectoryRepo } from '../store/directoryRepo'
import { IssuesRepo } from '../store/issuesRepo'
import type { Store } from '../store/store'
import { INDEX_ISSUES_BETWEEN } from '../store/searchIndex'
import { isConstraintFailure } from '../store/storeErrors'
import type { DumpRecord } from './format'

/** The tables an import replaces, parents first (inserted in this order, deleted in the reverse). */
const TABLES = ['contacts', 'customers', 'issues', 'step_states', 'timeline', 'alerts_sent'] as const

/** `<data file>.import-<16 hex>` (+ SQLite's side files): nothing else is ever removed as a leftover. */
const stagingName = (dataFile: string): string => `${path.basename(dataFile)}.import-${randomBytes(8).toString('hex')}`
const isStagingName = (dataFile: string, name: string): boolean =>
  new RegExp(`^${path.basename(dataFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.import-[0-9a-f]{16}(-journal|-wal|-shm)?$`).test(name)

export const IMPORT_CONFLICT: Bilingual = {
  ko: '가져올 파일 안의 항목이 서로 겹칩니다 (같은 번호의 이슈·연락처가 두 번 있거나, 없는 이슈를 가리키는 기록). 아무것도 바꾸지 않았습니다 — 이 앱에서 내보낸 원래 파일을 다시 가져오세요.',
  en: 'Records in the file clash with each other (the same issue or contact number twice, or a record that points to an issue not in the file). Nothing was changed — import the original file this app exported.',
}

/** The FTS5 tables' shadow tables (`<fts>_data`, `_idx`, `_docsize`, `_config`), which hold the whole search index. */
function searchShadowTables(db: Db): string[] {
  const fts = db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").pluck().all() as string[]
  const tables = new Set(db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table'").pluck().all() as string[])
  return fts.flatMap((f) => ['data', 'idx', 'docsize', 'config', 'content'].map((s) => `${f}_${s}`)).filter((t) => tables.has(t))
}

/** Staging files left by a crash mid-import (removed at start; the data file itself is never touched). */
export function removeLeftoverStaging(dataFile: string): void {
  const dir = path.dirname(dataFile)
  let names: string[]
  try {
    names = fs.readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) if (isStagingName(dataFile, name)) fs.rmSync(path.join(dir, name), { force: true })
}

/**
 * A temporary database next to the data file that an import fills first: made by the same
 * migrations and written by the same repo code as the live file, so every constraint (ids, foreign
 * keys, checks) is proven before the live file is touched. Nothing in it is durable (`synchronous`
 * and the journal off): a crash leaves only a file to delete.
 */
export class StagingDb {
  readonly file: string
  private readonly db: Db
  private readonly issues: IssuesRepo
  private readonly directory: DirectoryRepo
  private readonly alerts: AlertsRepo
  private readonly searchTriggers: string[]

  constructor(dataFile: string) {
    this.file = path.join(path.dirname(dataFile), stagingName(dataFile))
    this.db = openDatabase(this.file)
    this.db.pragma('journal_mode = OFF')
    this.db.pragma('synchronous = OFF')
    // One transaction for the whole file, left open between batches (only this code writes here):
    // the search index then grows in large segments, as in one bulk transaction, instead of a
    // segment per batch that FTS5 must merge again.
    this.db.exec('BEGIN')
    // The index is built after the rows, many at a time (`indexSearch`): a trigger per row would
    // make FTS5 write a tiny segment per statement and merge them again (measured: 4× slower).
    this.searchTriggers = this.db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'issues' AND sql LIKE '%_fts%'").pluck().all() as string[]
    for (const name of this.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'issues' AND sql LIKE '%_fts%'").pluck().all() as string[]) {
      this.db.exec(`DROP TRIGGER ${name}`)
    }
    this.issues = new IssuesRepo(this.db)
    this.directory = new DirectoryRepo(this.db)
    this.alerts = new AlertsRepo(this.db)
  }

  /** Writes one batch; a duplicate id or a dangling reference is the import's conflict. */
  write(batch: DumpRecord[]): void {
    try {
      for (const r of batch) this.insert(r)
    } catch (e) {
      if (isConstraintFailure(e)) throw new AppError('importConflict', IMPORT_CONFLICT)
      throw e
    }
  }

  /**
   * Builds the search index of the staged issues, `chunk` ids at a time, with a turn of the event
   * loop after each (`pause`); then puts the triggers back, so the staged file is what the live one
   * would be, and commits it (after the last batch: call once).
   */
  async indexSearch(chunk: number, pause: () => Promise<void>): Promise<void> {
    const statements = INDEX_ISSUES_BETWEEN.map((sql) => this.db.prepare(sql))
    const upTo = this.db.prepare('SELECT max(id) FROM (SELECT id FROM issues WHERE id >= ? ORDER BY id LIMIT ?)').pluck()
    const next = this.db.prepare('SELECT min(id) FROM issues WHERE id > ?').pluck()
    for (let from = next.get(-Infinity) as number | null; from !== null; ) {
      const to = upTo.get(from, chunk) as number
      for (const st of statements) st.run(from, to)
      from = next.get(to) as number | null
      await pause()
    }
    for (const sql of this.searchTriggers) this.db.exec(sql)
    this.db.exec('COMMIT') // here, not in the swap: the swap is the one step that cannot yield
  }

  private insert(r: DumpRecord): void {
    if ('contact' in r) return this.directory.importContact(r.contact)
    if ('customer' in r) return this.directory.importCustomer(r.customer)
    if ('alertSent' in r) return this.alerts.markSent(r.alertSent, r.alertSent.sentAt)
    const { issue, steps, timeline } = r
    this.issues.insert(issue)
    for (const s of steps) this.issues.setStepState(issue.id, s)
    // The file's event data was written by this app's services; it is stored back as it was, oldest first.
    for (let i = timeline.length - 1; i >= 0; i--) this.issues.addEvent(issue.id, timeline[i].at, timeline[i].kind, timeline[i].data as never)
  }

  /**
   * Replaces every row of the live file with the staged ones and applies the settings, in one
   * transaction on the live connection: it commits whole or leaves the live file as it was. The
   * search index is copied as the staging file's triggers built it (its FTS5 shadow tables), with
   * the live triggers dropped meanwhile and recreated from their own SQL: firing them row by row
   * would hold the main thread for seconds over 100,000 issues, and this step cannot yield.
   */
  swapInto(store: Store, settings: AppSettings, at: Date): void {
    this.db.close()
    const live = store.connection
    live.prepare('ATTACH DATABASE ? AS staging').run(this.file)
    live.unsafeMode(true) // SQLite's defensive mode refuses writes to shadow tables; off for this copy only
    try {
      store.tx(() => {
        const triggers = live.prepare("SELECT name, sql FROM main.sqlite_schema WHERE type = 'trigger' AND tbl_name = 'issues' AND sql LIKE '%_fts%'").all() as { name: string; sql: string }[]
        for (const t of triggers) live.exec(`DROP TRIGGER main.${t.name}`)
        const shadow = searchShadowTables(live)
        for (const t of [...TABLES].reverse()) live.exec(`DELETE FROM main.${t}`)
        for (const t of [...TABLES, ...shadow]) {
          if (shadow.includes(t)) live.exec(`DELETE FROM main.${t}`)
          const columns = (live.prepare('SELECT name FROM pragma_table_info(?, \'main\')').pluck().all(t) as string[]).map((c) => `"${c}"`).join(', ')
          live.exec(`INSERT INTO main.${t} (${columns}) SELECT ${columns} FROM staging.${t}`)
        }
        for (const t of triggers) live.exec(t.sql)
        store.settings.put(settings, at.toISOString())
      })
    } catch (e) {
      if (isConstraintFailure(e)) throw new AppError('importConflict', IMPORT_CONFLICT)
      throw e
    } finally {
      live.unsafeMode(false)
      live.exec('DETACH DATABASE staging')
    }
    // FTS5 caches the index's structure per connection and would read the new tables through the
    // old one (a test searching before and after an import saw "corruption"): a new connection reads them afresh.
    store.reopen()
  }

  /** Closes and deletes the staging file (after a swap, an error or a cancel). */
  discard(): void {
    if (this.db.open) this.db.close()
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true })
  }
}
