import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../../../../electron/core/core'
import { openCore } from '../../../../electron/core/openCore'
import { openDatabase, StoreOpenError } from '../../../../electron/core/store/database'
import { migrations } from '../../../../electron/core/store/migrations'
import { APPLICATION_ID } from '../../../../electron/core/store/migrations/0005-application-id'
import { tempDir } from '../testCore'
import { insertIssue } from './migrations/migrationDb'

const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})

const options = (file: string) => ({ file, host: 'web' as const, version: 't', now: () => new Date('2026-12-02T01:00:00.000Z') })

/** Everything on disk about a file: its bytes and which companions (-wal, -shm) exist beside it. */
const snapshot = (file: string) => ({
  bytes: fs.readFileSync(file).toString('base64'),
  siblings: fs.readdirSync(path.dirname(file)).sort(),
})

function anotherAppsFile(dir: string, setup = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('장보기');"): string {
  const file = path.join(dir, 'veeam-escalation.db')
  const db = new Database(file)
  db.exec(setup)
  db.close()
  return file
}

describe('foreign SQLite files are recognised and refused untouched', () => {
  it('another program’s database: refused, not a byte changed, journal mode and tables as they were', () => {
    const file = anotherAppsFile(tempDir())
    const before = snapshot(file)
    let error: unknown
    try {
      cores.push(new Core(options(file)))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('foreign')
    expect((error as StoreOpenError).message).toContain(file)
    expect((error as StoreOpenError).message).toContain('이 앱의 데이터 파일이 아닙니다')
    expect(snapshot(file)).toEqual(before)
    const db = new Database(file, { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all()).toEqual(['notes'])
    db.close()
  })

  it('a file stamped with another application_id is refused even when it has tables named like ours', () => {
    const dir = tempDir()
    const ours = path.join(dir, 'ours.db')
    openDatabase(ours).close()
    const file = path.join(dir, 'veeam-escalation.db')
    fs.copyFileSync(ours, file)
    const db = new Database(file)
    db.pragma('journal_mode = DELETE')
    db.pragma('application_id = 1234')
    db.close()
    const before = snapshot(file)
    expect(() => new Core(options(file))).toThrow(StoreOpenError)
    expect(snapshot(file)).toEqual(before)
  })

  it('a file with our table names but no schema version is someone else’s', () => {
    const file = anotherAppsFile(tempDir(), 'CREATE TABLE issues (id INTEGER); CREATE TABLE timeline (id INTEGER);')
    expect(() => new Core(options(file))).toThrow(/이 앱의 데이터 파일이 아닙니다/)
  })

  it('the users’ files of today (schema 2, no stamp) keep opening, with their data, and get stamped', () => {
    const file = path.join(tempDir(), 'veeam-escalation.db')
    const v2 = openDatabase(file, { migrations: migrations.slice(0, 2) })
    insertIssue(v2, '어제 등록한 이슈')
    expect(v2.pragma('application_id', { simple: true })).toBe(0)
    v2.close()
    const core = new Core(options(file))
    cores.push(core)
    expect(core.issues.list({}).map((i) => i.title)).toEqual(['어제 등록한 이슈'])
    expect(core.store.connection.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(core.store.connection.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version) // every migration applied
  })

  it('an empty SQLite file opens as a new data file', () => {
    const file = anotherAppsFile(tempDir(), 'VACUUM;')
    expect(fs.statSync(file).size).toBeGreaterThan(0)
    const core = new Core(options(file))
    cores.push(core)
    expect(core.issues.list({})).toEqual([])
    expect(core.store.connection.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
  })

  it('offers the same recovery choice as a damaged file; a new file keeps the foreign one aside byte for byte', () => {
    const file = anotherAppsFile(tempDir())
    const before = fs.readFileSync(file)
    const reasons: string[] = []
    expect(openCore(options(file), (e) => (reasons.push(e.reason), null))).toBeNull()
    expect(reasons).toEqual(['foreign'])
    expect(fs.readFileSync(file).equals(before)).toBe(true)

    const opened = openCore(options(file), () => 'newFile')!
    cores.push(opened.core)
    expect(fs.readFileSync(opened.recovered!.keptAside).equals(before)).toBe(true)
    expect(opened.core.issues.list({})).toEqual([])
  })

  it('refuses to restore a foreign file put in the backup folder', async () => {
    const dir = tempDir()
    const core = new Core(options(path.join(dir, 'veeam-escalation.db')))
    cores.push(core)
    fs.mkdirSync(core.store.backupDir, { recursive: true })
    const foreign = anotherAppsFile(core.store.backupDir)
    expect(() => core.data.restore(foreign)).toThrow(/복원할 수 없습니다 .*이 앱의 백업이 아닙니다/)
    expect(core.issues.list({})).toEqual([])
  })
})
