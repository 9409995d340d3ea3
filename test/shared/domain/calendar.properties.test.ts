import fc from 'fast-check'
import { describe, it } from 'vitest'
import { createKoreanCalendar } from '../../../shared/domain'
import { kst } from './kstTime'

const cal = createKoreanCalendar()
const FROM = kst('2024-01-01 00:00').getTime()
const TO = kst('2028-01-01 00:00').getTime()
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms))
const WORK_HOURS_48 = 48 * 3_600_000
const duration = fc.integer({ min: 0, max: WORK_HOURS_48 })
const NUM_RUNS = 10_000

describe('addBusinessTime and businessTimeBetween are inverse (property)', () => {
  it('businessTimeBetween(s, addBusinessTime(s, d)) === d', () => {
    fc.assert(
      fc.property(instant, duration, (s, d) => cal.businessTimeBetween(s, cal.addBusinessTime(s, d)) === d),
      { numRuns: NUM_RUNS },
    )
  })

  it('addBusinessTime is monotonic in the duration', () => {
    fc.assert(
      fc.property(instant, duration, duration, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        return cal.addBusinessTime(s, lo).getTime() <= cal.addBusinessTime(s, hi).getTime()
      }),
      { numRuns: NUM_RUNS },
    )
  })

  it('a positive duration never ends outside business hours except exactly at closing', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: WORK_HOURS_48 }), (s, d) => {
        const end = cal.addBusinessTime(s, d)
        return cal.isOpen(end) || cal.isOpen(new Date(end.getTime() - 1))
      }),
      { numRuns: NUM_RUNS },
    )
  })
})
