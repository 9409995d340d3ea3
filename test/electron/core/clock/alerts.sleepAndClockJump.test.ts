import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

const kinds = (h: ClockHarness) => h.drain().map((a) => `${a.kind} ${a.targets.join('+')}`)

describe('an alert whose time passed during sleep fires once, on resync (power resume / unlock)', () => {
  it('sleeping across C5 sends its "at" alert once at wake, not the stale "before", and never again', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:30'))
    h.time.sleep(HOUR) // wakes at 11:30; no timer ran meanwhile
    expect(h.drain()).toEqual([])
    h.core.clock.resync()
    expect(kinds(h)).toEqual(['at C5'])
    h.time.pass(2 * HOUR) // the stale timer (mono 10:45) was replaced: nothing fires twice
    expect(kinds(h)).toEqual([])
  })
})

describe('the watchdog detects clock jumps by comparing wall time with the monotonic clock (~30 s)', () => {
  it('a forward jump past a deadline is noticed within 30 s without any resync call', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.pass(MINUTE)
    h.time.jump(2 * HOUR)
    expect(h.drain()).toEqual([])
    h.time.pass(30_000)
    expect(kinds(h)).toEqual(['at C5'])
    h.time.pass(3 * HOUR)
    expect(kinds(h)).toEqual([])
  })

  it('a backward jump re-arms for the wall time, so the "before" alert still comes at 10:45 on the wall', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:30'))
    h.time.jump(-HOUR) // wall 09:30; the old timer would fire after 15 min of real time, at 09:45 on the wall
    h.time.passUntil(kst('2026-11-25 10:44'))
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-11-25 10:45'))
    expect(kinds(h)).toEqual(['before C5'])
  })
})
