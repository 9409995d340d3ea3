import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

describe('the clock takes the daily backup at each KST midnight while the app runs for weeks', () => {
  it('wakes at 00:00 KST even with no deadline pending and backs up once per day', async () => {
    h = clockCore('2026-12-01 23:00')
    expect(h.core.clock.armedAt?.toISOString()).toBe(kst('2026-12-02 00:00'))
    const dailies = () => h!.core.store.listBackups().filter((b) => b.file.endsWith('-daily.db'))
    h.time.pass(2 * HOUR)
    await h.core.clock.lastBackup
    expect(dailies()).toHaveLength(1)
    h.time.pass(24 * HOUR)
    await h.core.clock.lastBackup
    expect(dailies()).toHaveLength(2)
  })
})
