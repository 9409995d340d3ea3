import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0002-search'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

describe('migration 0002-search', () => {
  it('indexes the issues a version-1 file already holds (3+ letters by trigram, 1–2 by bigram) and keeps indexing new ones', () => {
    expect(m.version).toBe(2)
    db = databaseAt(1)
    const old = insertIssue(db, '옛 이슈 백업 지연')
    migrateTo(db, 2)
    const trigram = (q: string) => db!.prepare('SELECT rowid FROM issues_fts WHERE issues_fts MATCH ?').all(`"${q}"`)
    const bigram = (q: string) => db!.prepare('SELECT rowid FROM issues_fts2 WHERE issues_fts2 MATCH ?').all(`"${q}"`)
    expect(trigram('0x80070005')).toEqual([{ rowid: old }])
    expect(bigram('백업')).toEqual([{ rowid: old }])
    const fresh = insertIssue(db, '새 복구 실패')
    expect(bigram('복구')).toEqual([{ rowid: fresh }])
    expect(db.prepare('SELECT title FROM issues ORDER BY id').all()).toEqual([{ title: '옛 이슈 백업 지연' }, { title: '새 복구 실패' }])
  })
})
