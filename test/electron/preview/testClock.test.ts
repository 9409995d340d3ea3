import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestClock } from '../../../electron/preview/testClock'

describe('the preview host’s test clock', () => {
  afterEach(() => vi.useRealTimers())

  it('starts at the given instant and runs at the monotonic rate, never the wall clock', () => {
    let mono = 1_000
    const clock = createTestClock('2026-12-04T17:45:00+09:00', () => mono)
    expect(clock.now().toISOString()).toBe('2026-12-04T08:45:00.000Z')
    mono += 90_000
    expect(clock.now().toISOString()).toBe('2026-12-04T08:46:30.000Z')
  })

  it('is set and stepped by a move, and keeps running from there', () => {
    let mono = 0
    const clock = createTestClock('2026-12-04T17:45:00+09:00', () => mono)
    expect(clock.move({ setTo: '2027-02-05T17:59:00+09:00' }).toISOString()).toBe('2027-02-05T08:59:00.000Z')
    mono += 1_000
    expect(clock.move({ advanceMs: 60_000 }).toISOString()).toBe('2027-02-05T09:00:01.000Z')
    expect(clock.move({ setTo: '2026-12-05T02:30:00+09:00', advanceMs: -1_000 }).toISOString()).toBe('2026-12-04T17:29:59.000Z')
    mono += 500
    expect(clock.now().toISOString()).toBe('2026-12-04T17:29:59.500Z')
  })

  it('refuses an instant without an offset (it would be read in the host’s zone)', () => {
    expect(() => createTestClock('2026-12-04T17:45:00')).toThrow(/오프셋/)
    expect(() => createTestClock('soon')).toThrow(/오프셋/)
  })

  it('fires a timer when the test clock reaches its instant, however far the wall clock is', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const clock = createTestClock('2026-12-04T17:45:00+09:00')
    const fired: string[] = []
    clock.scheduler.schedule(new Date('2026-12-04T17:46:00+09:00'), () => fired.push(clock.now().toISOString()))
    vi.advanceTimersByTime(59_999)
    expect(fired).toEqual([])
    vi.advanceTimersByTime(1)
    expect(fired).toEqual(['2026-12-04T08:46:00.000Z'])
  })

  it('cancels a timer, and runs one whose instant has passed at once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    const clock = createTestClock('2026-12-04T17:45:00+09:00')
    const fired: string[] = []
    const cancel = clock.scheduler.schedule(new Date('2026-12-04T17:50:00+09:00'), () => fired.push('cancelled one'))
    cancel()
    clock.scheduler.schedule(new Date('2026-12-04T17:00:00+09:00'), () => fired.push('past'))
    vi.advanceTimersByTime(10 * 60_000)
    expect(fired).toEqual(['past'])
  })
})
