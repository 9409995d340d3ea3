import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { KEEP_BACKUPS, backupKind } from '../../../../electron/core/store/backups'
import { testCore } from '../testCore'

const kinds = (files: { file: string }[]) => files.map((b) => backupKind(b.file))
const count = (files: { file: string }[], kind: string) => kinds(files).filter((k) => k === kind).length

describe('backups: one kind never pushes out another', () => {
  let t: ReturnType<typeof testCore>
  afterEach(() => t?.core.close())

  it('rejected imports take no backup, so they cannot push out the daily one', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    await t.core.store.backupIfDue(t.core.now())
    expect(kinds(t.core.store.listBackups())).toEqual(['daily'])
    for (let i = 0; i < 8; i++) {
      t.clock.advance(60_000)
      const r = await t.callRaw('data.importJson', { json: i % 2 ? '{"format":"other"}' : 'not json' })
      expect(r.ok).toBe(false)
    }
    expect(kinds(t.core.store.listBackups())).toEqual(['daily'])
  })

  it('keeps the newest seven of each kind: many imports and manual backups leave the daily ones', async () => {
    t = testCore('2026-11-20T01:00:00.000Z')
    for (let day = 0; day < 9; day++) {
      await t.core.store.backupIfDue(t.core.now())
      t.clock.advance(86_400_000)
    }
    const json = (await t.call('data.exportJson', {})).json
    for (let i = 0; i < 9; i++) {
      t.clock.advance(60_000)
      await t.call('data.importJson', { json })
      await t.call('backup.now', {})
    }
    const list = t.core.store.listBackups()
    expect(count(list, 'daily')).toBe(KEEP_BACKUPS)
    expect(count(list, 'preimport')).toBe(KEEP_BACKUPS)
    expect(count(list, 'manual')).toBe(KEEP_BACKUPS)
    // The newest dailies are the ones kept.
    const dailies = list.filter((b) => backupKind(b.file) === 'daily').map((b) => b.at.slice(0, 10))
    expect(dailies[0]).toBe('2026-11-28')
    expect(dailies.at(-1)).toBe('2026-11-22')
  })

  it('a manual backup does not count as the day’s daily one', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    await t.call('backup.now', {})
    expect(await t.core.store.backupIfDue(t.core.now())).not.toBeNull()
    expect(await t.core.store.backupIfDue(t.core.now())).toBeNull()
  })

  it('never deletes files in the backup folder that this app did not write', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    fs.mkdirSync(t.core.store.backupDir, { recursive: true })
    const mine = path.join(t.core.store.backupDir, 'aaa-copied-by-the-user.db')
    fs.writeFileSync(mine, 'kept')
    for (let i = 0; i < KEEP_BACKUPS + 2; i++) {
      t.clock.advance(60_000)
      await t.call('backup.now', {})
    }
    expect(fs.readFileSync(mine, 'utf8')).toBe('kept')
  })
})
