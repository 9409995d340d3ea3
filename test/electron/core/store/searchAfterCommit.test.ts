import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../../../../electron/core/core'
import { tempDir, testCore } from '../testCore'

// A new issue's search index rows are written just after its create commits, off the create's path.
// Whatever comes first — a search, an edit, the turn after the reply, or the next open after a
// crash — the issue is found, and the index stays consistent (FTS5's own integrity-check).
const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((c) => c.close()))

const integrity = (core: Core) =>
  core.store.connection.exec("INSERT INTO issues_fts(issues_fts) VALUES ('integrity-check'); INSERT INTO issues_fts2(issues_fts2) VALUES ('integrity-check')")
const titles = (core: Core, query: string) => core.issues.list({ query }).map((i) => i.title)

describe('search after a create', () => {
  it('a search right after the reply finds the new issue; so does one after the turn that writes its rows', async () => {
    const { core, call } = testCore()
    cores.push(core)
    await call('issues.create', { title: '백업 작업 실패', track: 'general', errorMessage: 'Error 0x80070005' })
    expect(titles(core, '백업')).toEqual(['백업 작업 실패']) // before the deferred write ran
    await call('issues.create', { title: '복구 지연', track: 'critical' })
    await new Promise((r) => setImmediate(r)) // the deferred write's turn
    expect(titles(core, '복')).toEqual(['복구 지연'])
    expect(titles(core, '0x80070005')).toEqual(['백업 작업 실패'])
    expect(() => integrity(core)).not.toThrow()
  })

  it('an edit right after the create keeps the index right (old words gone, new ones found)', async () => {
    const { core, call } = testCore()
    cores.push(core)
    const issue = await call('issues.create', { title: '프록시 장애', track: 'general' })
    await call('issues.update', { id: issue.id, patch: { title: '리포지토리 용량 부족' } })
    expect(titles(core, '프록시')).toEqual([])
    expect(titles(core, '용량')).toEqual(['리포지토리 용량 부족'])
    expect(() => integrity(core)).not.toThrow()
  })

  it('a crash between the commit and the index rows: the next open writes them', async () => {
    const dir = tempDir()
    const { core, call } = testCore(undefined, dir)
    await call('issues.create', { title: 'SureBackup 실패', track: 'general' })
    core.close() // before the deferred write's turn, as a crash would
    const reopened = new Core({ file: path.join(dir, 'test.db'), host: 'web', version: 'test', now: () => new Date('2026-11-25T02:00:00.000Z') })
    cores.push(reopened)
    expect(reopened.store.connection.prepare('SELECT count(*) FROM issues_fts2').pluck().get()).toBe(1)
    expect(titles(reopened, 'SureBackup')).toEqual(['SureBackup 실패'])
    expect(() => integrity(reopened)).not.toThrow()
  })
})
