import { describe, expect, it } from 'vitest'
import { createKoreanCalendar } from '../../../shared/domain'
import { HOUR, MINUTE, kst, showKst } from './kstTime'

const cal = createKoreanCalendar()
const add = (start: string, ms: number, c = cal) => showKst(c.addBusinessTime(kst(start), ms))

describe('business hours are 09:00–18:00 KST, Monday–Friday, except holidays', () => {
  it('open at 09:00, closed at 18:00 (half-open window)', () => {
    expect(cal.isOpen(kst('2026-03-27 08:59:59'))).toBe(false)
    expect(cal.isOpen(kst('2026-03-27 09:00'))).toBe(true)
    expect(cal.isOpen(kst('2026-03-27 17:59:59'))).toBe(true)
    expect(cal.isOpen(kst('2026-03-27 18:00'))).toBe(false)
  })

  it('weekends and public holidays are closed; ordinary weekdays are business days', () => {
    expect(cal.isBusinessDay('2026-03-28')).toBe(false) // Saturday
    expect(cal.isBusinessDay('2026-03-29')).toBe(false) // Sunday
    expect(cal.isBusinessDay('2026-02-17')).toBe(false) // 설날
    expect(cal.isBusinessDay('2026-03-27')).toBe(true)
    expect(cal.isOpen(kst('2026-02-17 10:00'))).toBe(false)
  })

  it('the business day length is close − open (9 h by default)', () => {
    expect(cal.businessDayMs).toBe(9 * HOUR)
    expect(createKoreanCalendar({ open: '08:30', close: '17:00' }).businessDayMs).toBe(8.5 * HOUR)
  })

  it('nextOpening is t itself when open, else the next 09:00 on a business day', () => {
    expect(showKst(cal.nextOpening(kst('2026-03-27 10:15')))).toBe('2026-03-27 10:15')
    expect(showKst(cal.nextOpening(kst('2026-03-27 07:00')))).toBe('2026-03-27 09:00')
    expect(showKst(cal.nextOpening(kst('2026-03-27 18:00')))).toBe('2026-03-30 09:00')
    expect(showKst(cal.nextOpening(kst('2026-02-13 19:00')))).toBe('2026-02-19 09:00') // 설날 block
  })
})

describe('addBusinessTime edge rules', () => {
  it('a start inside hours consumes open time only', () => {
    expect(add('2026-03-25 10:00', 2 * HOUR)).toBe('2026-03-25 12:00')
    expect(add('2026-03-25 16:00', 3 * HOUR)).toBe('2026-03-26 10:00')
  })

  it('a start outside hours begins at the next opening', () => {
    expect(add('2026-03-25 06:00', 1 * HOUR)).toBe('2026-03-25 10:00')
    expect(add('2026-03-25 20:00', 1 * HOUR)).toBe('2026-03-26 10:00')
    expect(add('2026-03-28 12:00', 1 * HOUR)).toBe('2026-03-30 10:00') // Saturday
  })

  it('a deadline landing exactly on closing stays at 18:00, not the next opening', () => {
    expect(add('2026-03-25 09:00', 9 * HOUR)).toBe('2026-03-25 18:00')
    expect(add('2026-03-25 17:00', 1 * HOUR)).toBe('2026-03-25 18:00')
    expect(add('2026-03-27 10:00', 17 * HOUR)).toBe('2026-03-30 18:00') // over a weekend
  })

  it('zero duration: t itself when open; the next opening when closed (documented choice)', () => {
    expect(add('2026-03-25 11:11', 0)).toBe('2026-03-25 11:11')
    expect(add('2026-03-25 18:00', 0)).toBe('2026-03-26 09:00')
    expect(add('2026-03-28 03:00', 0)).toBe('2026-03-30 09:00')
  })

  it('skips weekends and holidays by whole days (설날 2026 and 3ㆍ1절 substitute)', () => {
    expect(add('2026-02-13 15:00', 9 * HOUR)).toBe('2026-02-19 15:00')
    expect(add('2026-02-27 09:00', 18 * HOUR)).toBe('2026-03-03 18:00') // 03-02 is 대체공휴일
  })

  it('handles long durations (100 business days) in whole-day steps', () => {
    const end = cal.addBusinessTime(kst('2026-01-05 09:00'), 100 * 9 * HOUR)
    expect(cal.businessTimeBetween(kst('2026-01-05 09:00'), end)).toBe(100 * 9 * HOUR)
  })

  it('rejects negative or non-finite durations', () => {
    expect(() => cal.addBusinessTime(kst('2026-03-25 10:00'), -1)).toThrow(RangeError)
    expect(() => cal.addBusinessTime(kst('2026-03-25 10:00'), Number.NaN)).toThrow(RangeError)
  })
})

describe('businessTimeBetween counts open time in [a, b)', () => {
  it('within a day, across nights, weekends and holidays', () => {
    expect(cal.businessTimeBetween(kst('2026-03-25 10:00'), kst('2026-03-25 10:30'))).toBe(30 * MINUTE)
    expect(cal.businessTimeBetween(kst('2026-03-25 17:00'), kst('2026-03-26 10:00'))).toBe(2 * HOUR)
    expect(cal.businessTimeBetween(kst('2026-03-27 17:00'), kst('2026-03-30 10:00'))).toBe(2 * HOUR)
    expect(cal.businessTimeBetween(kst('2026-02-13 17:00'), kst('2026-02-19 10:00'))).toBe(2 * HOUR)
  })

  it('is 0 for an empty or reversed interval and for closed time only', () => {
    expect(cal.businessTimeBetween(kst('2026-03-25 10:00'), kst('2026-03-25 10:00'))).toBe(0)
    expect(cal.businessTimeBetween(kst('2026-03-25 12:00'), kst('2026-03-25 10:00'))).toBe(0)
    expect(cal.businessTimeBetween(kst('2026-03-28 00:00'), kst('2026-03-30 09:00'))).toBe(0)
  })
})

describe('coverageLeft reports the time left today and the next opening', () => {
  it('open: ms until 18:00, closesAt, and the opening after that closing', () => {
    expect(cal.coverageLeft(kst('2026-03-27 17:30'))).toEqual({
      open: true,
      msLeftToday: 30 * MINUTE,
      closesAt: kst('2026-03-27 18:00'),
      nextOpening: kst('2026-03-30 09:00'),
    })
  })

  it('closed: nothing left, no closing, the next opening', () => {
    expect(cal.coverageLeft(kst('2026-03-27 18:00'))).toEqual({
      open: false,
      msLeftToday: 0,
      closesAt: null,
      nextOpening: kst('2026-03-30 09:00'),
    })
  })
})

describe('calendar settings apply', () => {
  it('custom hours move opening and closing', () => {
    const c = createKoreanCalendar({ open: '08:30', close: '17:30' })
    expect(c.isOpen(kst('2026-03-25 08:30'))).toBe(true)
    expect(c.isOpen(kst('2026-03-25 17:30'))).toBe(false)
    expect(add('2026-03-25 17:00', 1 * HOUR, c)).toBe('2026-03-26 09:00')
  })

  it('added holidays close a business day and are listed with a user name', () => {
    const c = createKoreanCalendar({ addedHolidays: ['2026-03-27'] })
    expect(c.isBusinessDay('2026-03-27')).toBe(false)
    expect(c.holidays(2026)).toContainEqual({ date: '2026-03-27', name: '사용자 지정 휴일' })
    expect(add('2026-03-26 17:00', 2 * HOUR, c)).toBe('2026-03-30 10:00')
  })

  it('removed holidays become business days and leave the list', () => {
    const c = createKoreanCalendar({ removedHolidays: ['2026-05-01'] })
    expect(c.isBusinessDay('2026-05-01')).toBe(true)
    expect(c.holidays(2026).map((h) => h.date)).not.toContain('2026-05-01')
  })

  it('holidaysAreBusinessDays counts public holidays as business days (weekends stay closed)', () => {
    const c = createKoreanCalendar({ holidaysAreBusinessDays: true })
    expect(c.isBusinessDay('2026-02-17')).toBe(true)
    expect(c.isBusinessDay('2026-02-21')).toBe(false)
    expect(add('2026-02-13 15:00', 9 * HOUR, c)).toBe('2026-02-16 15:00')
  })

  it('holidays() returns copies: callers cannot change the calendar', () => {
    const c = createKoreanCalendar()
    c.holidays(2026)[0].date = '2026-03-25'
    expect(c.isBusinessDay('2026-03-25')).toBe(true)
    expect(c.holidays(2026)[0].date).toBe('2026-01-01')
  })
})
