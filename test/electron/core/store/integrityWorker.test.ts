import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../electron/core/core'
import { StoreOpenError } from '../../../../electron/core/store/database'
import { testCore } from '../testCore'
import { damageIndexPage } from './damagePage'

const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})

/** A file with enough issues that an index spans pages of its own, closed cleanly (WAL checkpointed). */
async function fileWithIssues(): Promise<string> {
  const t = testCore()
  for (let i = 0; i < 300; i++) await t.call('issues.create', { title: `손상 시험 이슈 ${i} 백업 실패`, track: 'general' })
  const file = t.core.store.file
  t.core.close()
  return file
}

describe('the full integrity check runs in a worker after start', () => {
  it('a sound file: null, and no damage reported', async () => {
    const t = testCore()
    cores.push(t.core)
    await t.call('issues.create', { title: '정상 파일', track: 'general' })
    const told: StoreOpenError[] = []
    t.core.onDamaged((e) => told.push(e))
    expect(await t.core.checkIntegrity()).toBeNull()
    expect(told).toEqual([])
  })

  it('a page damaged after a clean open: the start still opens, the worker reports it to the host, the file is untouched', async () => {
    const file = await fileWithIssues()
    damageIndexPage(file, 'issues_updated_at')
    const before = fs.readFileSync(file)
    const t = testCore(undefined, file.replace(/[/\\][^/\\]+$/, ''))
    cores.push(t.core)
    // The start read only what it needs; the issues are there.
    expect(t.core.issues.list({ limit: 500 })).toHaveLength(300)
    const told: StoreOpenError[] = []
    t.core.onDamaged((e) => told.push(e))
    const damage = await t.core.checkIntegrity()
    expect(damage).toBeInstanceOf(StoreOpenError)
    expect(damage!.reason).toBe('corrupt')
    expect(damage!.message).toContain(file)
    expect(told).toEqual([damage])
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })
})
