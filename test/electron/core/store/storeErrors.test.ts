import Database from 'better-sqlite3'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../../../../electron/core/core'
import { openCore } from '../../../../electron/core/openCore'
import { StoreOpenError } from '../../../../electron/core/store/database'
import { testCore } from '../testCore'
import { readDump, writeDump } from '../dumpFile'

const hangul = /[가-힣]/
let t: ReturnType<typeof testCore> | null = null
const undo: (() => void)[] = []
afterEach(() => {
  t?.core.close()
  t = null
  for (const u of undo.splice(0)) u()
})

/** A folder this process cannot write: chmod for a normal user; root ignores modes, so the immutable flag then. */
function makeReadOnly(dir: string): void {
  fs.chmodSync(dir, 0o555)
  undo.push(() => fs.chmodSync(dir, 0o755))
  const writable = () => {
    try {
      fs.writeFileSync(path.join(dir, '.probe'), '')
      fs.rmSync(path.join(dir, '.probe'))
      return true
    } catch {
      return false
    }
  }
  if (!writable()) return
  execFileSync('chattr', ['+i', dir])
  undo.unshift(() => execFileSync('chattr', ['-i', dir]))
  if (writable()) throw new Error(`cannot make ${dir} read-only on this machine`)
}

const count = (core: Core) => (core.store.connection.prepare('SELECT count(*) FROM issues').pluck().get() as number)

describe('a full disk, a read-only folder, an import conflict and a bad restore file each get their own code', () => {
  it('a full disk answers diskFull with what to do, saves nothing, and the WAL is truncated once writes succeed again', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    for (let i = 0; i < 20; i++) await t.call('issues.create', { title: `채우기 ${i}`, track: 'general', errorMessage: '가'.repeat(3000) })
    const db = t.core.store.connection
    const wal = `${t.core.store.file}-wal`
    expect(fs.statSync(wal).size).toBeGreaterThan(0)
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`) // the disk is full from here on
    const full = await t.callRaw('issues.create', { title: '저장 안 됨', track: 'general', errorMessage: '나'.repeat(20_000) })
    expect(full).toMatchObject({ ok: false, error: { code: 'diskFull' } })
    if (!full.ok) expect(full.error.message).toMatch(/디스크.*공간을 비운 뒤 다시 시도하세요/)
    expect(count(t.core)).toBe(20)
    const grown = fs.statSync(wal).size

    db.pragma('max_page_count = 1073741823') // space freed
    await t.call('issues.create', { title: '공간 확보 후', track: 'general' })
    expect(count(t.core)).toBe(21)
    expect(grown).toBeGreaterThan(0)
    expect(fs.statSync(wal).size).toBe(0) // checkpointed (TRUNCATE) after the first good write
    await t.call('issues.create', { title: '그다음', track: 'general' })
    expect(fs.statSync(wal).size).toBeGreaterThan(0) // only once: later writes use the WAL as usual
  })

  it('a data file that became read-only answers readOnly with what to do', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    t.core.store.connection.pragma('query_only = ON') // SQLite now refuses writes as it does for a read-only file
    const reply = await t.callRaw('contacts.save', { name: '김총판', role: 'distributor', phone: '010-1111-2222' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'readOnly' } })
    if (!reply.ok) expect(reply.error.message).toMatch(/쓰기 권한을 확인/)
  })

  it('a read-only data folder is reported at start, before anything is opened, and no recovery is offered', async () => {
    const first = testCore('2026-12-02T01:00:00.000Z')
    await first.call('issues.create', { title: '기존 이슈', track: 'general' })
    const file = first.core.store.file
    first.core.close()
    const before = fs.readdirSync(first.dir).sort()
    makeReadOnly(first.dir)
    let asked = false
    let error: unknown
    try {
      openCore({ file, host: 'web', version: 't' }, () => ((asked = true), null))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).reason).toBe('readOnly')
    expect((error as StoreOpenError).message).toContain(file)
    expect((error as StoreOpenError).message).toMatch(/데이터 폴더에 쓸 수 없습니다.*쓰기 권한을 확인/)
    expect(asked).toBe(false)
    expect(fs.readdirSync(first.dir).sort()).toEqual(before)
  })

  it('an import whose rows collide answers importConflict and changes nothing', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    await t.call('issues.create', { title: '기존 이슈', track: 'general' })
    const dump = readDump((await t.call('data.exportJson', {})).json)
    dump.issues.push(structuredClone(dump.issues[0])) // the same issue twice
    await t.call('issues.create', { title: '가져오기 전에 추가', track: 'general' })
    const reply = await t.callRaw('data.importJson', { json: writeDump(dump) })
    expect(reply).toMatchObject({ ok: false, error: { code: 'importConflict' } })
    if (!reply.ok) {
      expect(reply.error.message).toMatch(/겹칩니다.*아무것도 바꾸지 않았습니다/)
      expect(reply.error.message).not.toMatch(/UNIQUE|constraint/i)
    }
    expect((await t.call('issues.list', {})).map((i) => i.title).sort()).toEqual(['가져오기 전에 추가', '기존 이슈'])
  })

  it('a bad restore file (damaged, another app’s, missing) answers badRestoreFile and keeps the current data', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    await t.call('issues.create', { title: '지금 데이터', track: 'general' })
    const dir = t.core.store.backupDir
    fs.mkdirSync(dir, { recursive: true })
    const damaged = path.join(dir, 'issues-20261201-010000-manual.db')
    fs.writeFileSync(damaged, 'not a database'.repeat(100))
    const foreign = path.join(dir, 'issues-20261201-020000-manual.db')
    const other = new Database(foreign)
    other.exec('CREATE TABLE notes (body TEXT)')
    other.close()
    for (const file of [damaged, foreign, path.join(dir, 'issues-20261201-030000-manual.db')]) {
      const reply = await t.callRaw('backup.restore', { file })
      expect(reply, file).toMatchObject({ ok: false, error: { code: 'badRestoreFile' } })
      if (!reply.ok) expect(reply.error.message).toMatch(/복원할 수 없습니다.*다른 백업을 고르세요/)
      expect(reply.ok ? '' : reply.error.message).toMatch(hangul)
    }
    expect((await t.call('issues.list', {})).map((i) => i.title)).toEqual(['지금 데이터'])
  })
})
