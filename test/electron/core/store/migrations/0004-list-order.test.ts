import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0004-list-order'
import { IssuesRepo } from '../../../../../electron/core/store/issuesRepo'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

/** The plan SQLite chooses for the dashboard's list query, as IssuesRepo writes it. */
function listPlan(db: Db): string[] {
  const sql = `SELECT i.* FROM issues i WHERE i.status <> 'closed' ORDER BY i.next_due IS NULL, i.next_due, i.logged_at DESC LIMIT ?`
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(200) as { detail: string }[]).map((r) => r.detail)
}

describe('migration 0004-list-order', () => {
  it('a version-3 file keeps its issues and lists them by nearest deadline from the new index: no temporary B-tree for ORDER BY', () => {
    expect(m.version).toBe(4)
    db = databaseAt(3)
    insertIssue(db, '나중', 'new', '2026-01-07T00:00:00.000Z')
    insertIssue(db, '종료됨', 'closed', '2026-01-05T00:00:00.000Z')
    insertIssue(db, '기한 없음', 'responded', null)
    insertIssue(db, '먼저', 'caseOpen', '2026-01-06T00:00:00.000Z')
    expect(listPlan(db).join(' | ')).toMatch(/TEMP B-TREE FOR ORDER BY/) // before: every open issue sorted
    migrateTo(db, 4)
    const plan = listPlan(db).join(' | ')
    expect(plan).toContain('issues_not_closed_by_due')
    expect(plan).not.toMatch(/TEMP B-TREE/)
    expect(new IssuesRepo(db).list({}).map((i) => i.title)).toEqual(['먼저', '나중', '기한 없음'])
  })
})
