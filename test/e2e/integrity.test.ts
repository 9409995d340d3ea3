import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { damageIndexPage } from '../electron/core/store/damagePage'
import { BUSINESS_MORNING, callHost, startHost } from './harness'

describe('preview host: the integrity check after start', () => {
  it('a page damaged while the app was closed: the host starts, the check in the worker finds it, prints the recovery choice and stops; --new-file keeps the file aside', async () => {
    let host = await startHost(undefined, {}, { now: BUSINESS_MORNING })
    for (let i = 0; i < 300; i++) await callHost(host, 'issues.create', { title: `손상 시험 ${i}`, track: 'general' })
    await host.stop()
    const file = path.join(host.dataDir, 'veeam-escalation.db')
    damageIndexPage(file, 'issues_updated_at')
    const damaged = fs.readFileSync(file)

    host = await startHost(host.dataDir, {}, { now: BUSINESS_MORNING }) // the start's own check passes: it serves
    await expect.poll(() => host.output(), { timeout: 20_000 }).toContain('--restore-latest')
    await host.stop()
    expect(host.output()).toContain(file)
    expect(host.output()).toContain('--new-file')
    expect(fs.readFileSync(file).equals(damaged)).toBe(true) // told, not touched

    host = await startHost(host.dataDir, {}, { now: BUSINESS_MORNING, args: ['--new-file'] })
    const kept = /kept the bad file aside: (\S+)/.exec(host.output())![1]
    expect(fs.readFileSync(kept).equals(damaged)).toBe(true)
    expect(await callHost(host, 'issues.list', {})).toEqual([])
    await host.stop()
  })
})
