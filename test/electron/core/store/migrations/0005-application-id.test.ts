import { afterEach, describe, expect, it } from 'vitest'
import { identifyDatabase, type Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0005-application-id'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

describe('migration 0005-application-id', () => {
  it('a version-4 file (recognised by its tables, no stamp) is stamped as ours and keeps its issues', () => {
    expect(m.version).toBe(5)
    db = databaseAt(4)
    insertIssue(db, '복제 작업 지연')
    expect(db.pragma('application_id', { simple: true })).toBe(0)
    expect(identifyDatabase(db)).toBe('ours')
    migrateTo(db, 5)
    expect(db.pragma('application_id', { simple: true })).toBe(m.APPLICATION_ID)
    expect(m.APPLICATION_ID).toBe(0x56455452) // "VETR"
    expect(identifyDatabase(db)).toBe('ours')
    expect(db.pragma('user_version', { simple: true })).toBe(5)
    expect(db.prepare('SELECT title FROM issues').all()).toEqual([{ title: '복제 작업 지연' }])
  })

  it('once stamped, the file stays ours even without the tables an unstamped file is recognised by', () => {
    db = databaseAt(5)
    db.exec('DROP TABLE settings')
    expect(identifyDatabase(db)).toBe('ours')
  })
})
