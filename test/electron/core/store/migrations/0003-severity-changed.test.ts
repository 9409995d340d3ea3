import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0003-severity-changed'
import { IssuesRepo } from '../../../../../electron/core/store/issuesRepo'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

const columns = (db: Db) => (db.prepare('PRAGMA table_info(issues)').all() as { name: string }[]).map((c) => c.name)
const indexes = (db: Db) => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'issues'").all() as { name: string }[]).map((r) => r.name)

describe('migration 0003-severity-changed', () => {
  it('a version-2 file keeps its issues, each with no severity change yet, and can then record one', () => {
    expect(m.version).toBe(3)
    db = databaseAt(2)
    const id = insertIssue(db, '운영 백업 실패', 'caseOpen', '2026-01-06T00:00:00.000Z')
    expect(columns(db)).not.toContain('severity_changed_at')
    migrateTo(db, 3)
    expect(columns(db)).toContain('severity_changed_at')
    expect(indexes(db)).toContain('issues_updated_at')
    const repo = new IssuesRepo(db)
    const kept = repo.get(id)!
    expect(kept).toMatchObject({ title: '운영 백업 실패', status: 'caseOpen', severity: 3, errorMessage: 'Error 0x80070005' })
    expect(kept.severityChangedAt ?? null).toBeNull()
    db.prepare('UPDATE issues SET severity = 1, severity_changed_at = ? WHERE id = ?').run('2026-01-05T02:00:00.000Z', id)
    expect(repo.get(id)).toMatchObject({ severity: 1, severityChangedAt: '2026-01-05T02:00:00.000Z' })
  })
})
