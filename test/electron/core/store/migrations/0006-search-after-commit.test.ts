import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0006-search-after-commit'
import { IssuesRepo } from '../../../../../electron/core/store/issuesRepo'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

describe('migration 0006-search-after-commit', () => {
  it('a version-5 file keeps its index; a new issue is found once its rows are written after the commit, and an edit keeps the index right', () => {
    expect(m.version).toBe(6)
    db = databaseAt(5)
    insertIssue(db, '백업 실패 전부터', 'new', null)
    migrateTo(db, 6)
    const triggers = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'issues_fts%'").pluck().all() as string[]).sort()
    expect(triggers).toEqual(['issues_fts_ad', 'issues_fts_au'])
    const repo = new IssuesRepo(db)
    expect(repo.list({ query: '백업' }).map((i) => i.title)).toEqual(['백업 실패 전부터'])

    insertIssue(db, '복구 지연', 'new', null) // a plain INSERT (as a crash would leave it): not in the index
    expect(db.prepare("SELECT count(*) FROM issues_fts2 WHERE issues_fts2 MATCH '복구'").pluck().get()).toBe(0)
    new IssuesRepo(db).indexMissing() // what every open does
    expect(repo.list({ query: '복구' }).map((i) => i.title)).toEqual(['복구 지연'])

    const { id: _, ...first } = repo.get(1)!
    const id = repo.insert({ ...first, title: '프록시 장애' })
    expect(db.prepare("SELECT count(*) FROM issues_fts WHERE issues_fts MATCH '프록시'").pluck().get()).toBe(0) // not yet: after the commit
    repo.update(id, { title: '프록시 장애 해결 중' }) // an edit writes the new issue's rows first, then the trigger replaces them
    expect(repo.list({ query: '프록시' }).map((i) => i.title)).toEqual(['프록시 장애 해결 중'])
    expect(repo.list({ query: '장애' }).map((i) => i.title)).toEqual(['프록시 장애 해결 중'])
    expect(() => db!.exec("INSERT INTO issues_fts(issues_fts) VALUES ('integrity-check'); INSERT INTO issues_fts2(issues_fts2) VALUES ('integrity-check')")).not.toThrow()
  })
})
