import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createKoreanCalendar,
  targetResponseDue,
  targetResponseHours,
  type Renewal,
  type Severity,
} from '../../../shared/domain'
import { HOUR, kst, showKst } from './kstTime'

const cal = createKoreanCalendar()
const due = (opened: string, sev: Severity, renewal: Renewal, c = cal) =>
  showKst(targetResponseDue(kst(opened), sev, renewal, c))

describe('target response hours by renewal and severity', () => {
  it('Production 1/3/6/8 h, Basic 2/8/12/24 h', () => {
    expect(([1, 2, 3, 4] as Severity[]).map((s) => targetResponseHours(s, 'production'))).toEqual([1, 3, 6, 8])
    expect(([1, 2, 3, 4] as Severity[]).map((s) => targetResponseHours(s, 'basic'))).toEqual([2, 8, 12, 24])
  })

  it('settings override the table', () => {
    const targets = { production: { 1: 0.5, 2: 3, 3: 6, 4: 8 }, basic: { 1: 2, 2: 8, 3: 12, 4: 24 } }
    expect(targetResponseHours(1, 'production', targets)).toBe(0.5)
    expect(showKst(targetResponseDue(kst('2026-03-25 10:00'), 1, 'production', cal, targets))).toBe('2026-03-25 10:30')
  })
})

describe('Production is 24/7: the target is wall-clock time from the case opening', () => {
  it('Production Sev1 opened at 03:00 on a Sunday is due 04:00 that Sunday', () => {
    expect(due('2026-03-29 03:00', 1, 'production')).toBe('2026-03-29 04:00')
  })

  it('Production Sev4 over a holiday still counts every hour', () => {
    expect(due('2026-02-16 20:00', 4, 'production')).toBe('2026-02-17 04:00')
  })

  it('property: due − opened === hours × 3 600 000 for every severity and instant', () => {
    const sev = fc.constantFrom<Severity>(1, 2, 3, 4)
    const opened = fc.integer({ min: kst('2024-01-01 00:00').getTime(), max: kst('2028-01-01 00:00').getTime() })
    fc.assert(
      fc.property(opened, sev, (ms, s) => {
        const d = targetResponseDue(new Date(ms), s, 'production', cal)
        return d.getTime() - ms === targetResponseHours(s, 'production') * HOUR
      }),
      { numRuns: 10_000 },
    )
  })
})

describe('Basic counts Korean business hours from the case opening', () => {
  it('Basic Sev2 (8 h) opened Friday 17:30 KST: 30 min Friday + 7 h 30 min Monday', () => {
    expect(due('2026-03-27 17:30', 2, 'basic')).toBe('2026-03-30 16:30')
  })

  it('Basic Sev4 (24 h) opened the working day before the 설날 holidays waits them out', () => {
    // 2026-02-13 is Friday; 02-16..18 are 설날 전날/설날/다음 날.
    expect(due('2026-02-13 10:00', 4, 'basic')).toBe('2026-02-20 16:00')
  })

  it('Basic Sev4 opened on 설날 전날 itself starts counting at the first opening after the holidays', () => {
    expect(due('2026-02-16 11:00', 4, 'basic')).toBe('2026-02-23 15:00')
  })

  it('Basic Sev1 opened at 03:00 on a Sunday is due Monday 11:00', () => {
    expect(due('2026-03-29 03:00', 1, 'basic')).toBe('2026-03-30 11:00')
  })

  it('Basic landing exactly on closing stays at 18:00', () => {
    expect(due('2026-03-25 10:00', 2, 'basic')).toBe('2026-03-25 18:00')
  })

  it('the holidaysAreBusinessDays setting counts holidays for Basic', () => {
    const c = createKoreanCalendar({ holidaysAreBusinessDays: true })
    expect(due('2026-02-13 10:00', 4, 'basic', c)).toBe('2026-02-17 16:00')
  })
})
