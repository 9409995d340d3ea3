import { afterEach, describe, expect, it } from 'vitest'
import type { Db } from '../../../../../electron/core/store/database'
import * as m from '../../../../../electron/core/store/migrations/0001-initial'
import { databaseAt, insertIssue, migrateTo } from './migrationDb'

let db: Db | null = null
afterEach(() => db?.close())

describe('migration 0001-initial', () => {
  it('exports its version and up(db); on an empty file it makes the tables that hold issues, steps and the append-only timeline', () => {
    expect(m.version).toBe(1)
    db = databaseAt(0)
    migrateTo(db, 1)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    const id = insertIssue(db, '첫 이슈')
    db.prepare(`INSERT INTO step_states (issue_id, step_id, status, at) VALUES (?, 'G1', 'done', '2026-01-05T01:00:00.000Z')`).run(id)
    db.prepare(`INSERT INTO timeline (issue_id, at, kind) VALUES (?, '2026-01-05T01:00:00.000Z', 'created')`).run(id)
    expect(db.prepare('SELECT title FROM issues').all()).toEqual([{ title: '첫 이슈' }])
    expect(() => db!.prepare(`UPDATE timeline SET kind = 'x'`).run()).toThrow(/append-only/)
    db.prepare('DELETE FROM issues').run()
    expect(db.prepare('SELECT count(*) AS n FROM step_states').get()).toEqual({ n: 0 }) // cascades
  })
})
