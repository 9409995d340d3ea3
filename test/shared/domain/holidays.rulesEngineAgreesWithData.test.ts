import { describe, expect, it } from 'vitest'
import { createKoreanCalendar, ruleBasedHolidays, VERIFIED_HOLIDAY_YEARS } from '../../../shared/domain'
import data from '../../../resources/holidays/kr-holidays.json'

// Dates no rule can derive: elections and one-off 임시공휴일 (resources/holidays/SOURCES.md).
const ANNOUNCED_ONLY = ['2023-10-02', '2024-04-10', '2024-10-01', '2025-01-27', '2025-06-03', '2026-06-03']

const table = (y: number) => (data.years as Record<string, Record<string, string[]>>)[String(y)]

describe('rules engine agrees with the shipped data except announced-only dates', () => {
  it.each(VERIFIED_HOLIDAY_YEARS.map((y) => [y]))('%i: same dates and names, minus elections/임시공휴일', (year) => {
    const shipped = table(year)
    const withoutAnnounced = Object.fromEntries(Object.entries(shipped).filter(([d]) => !ANNOUNCED_ONLY.includes(d)))
    expect(ruleBasedHolidays(year)).toEqual(withoutAnnounced)
  })

  it('the shipped data is the seed package, unchanged', async () => {
    const { getHolidayPreset } = await import('@hyunbinseo/holidays-kr')
    for (const year of VERIFIED_HOLIDAY_YEARS) expect(table(year)).toEqual(await getHolidayPreset(String(year)))
  })
})

describe('substitute holiday (대체공휴일) rules', () => {
  const dates = (y: number) => Object.keys(ruleBasedHolidays(y))
  const name = (date: string) => ruleBasedHolidays(Number(date.slice(0, 4)))[date]

  it('설날/추석: a Sunday inside the three days → the next non-holiday weekday', () => {
    expect(name('2030-02-05')).toEqual(['대체공휴일(설날)']) // 설날 2030-02-03 is a Sunday
    expect(name('2029-09-24')).toEqual(['대체공휴일(추석)']) // 추석 다음 날 2029-09-23 is a Sunday
  })

  it('설날/추석: a Saturday alone gives no substitute', () => {
    // 2026 추석 is Thu–Sat.
    expect(dates(2026).filter((d) => d.startsWith('2026-09'))).toEqual(['2026-09-24', '2026-09-25', '2026-09-26'])
  })

  it('설날/추석: overlapping another holiday (2028 추석 on 개천절) → one substitute', () => {
    expect(name('2028-10-03')).toEqual(['추석', '개천절'])
    expect(name('2028-10-05')).toEqual(['대체공휴일(추석)'])
  })

  it('어린이날 on Saturday → the following Monday', () => {
    expect(name('2029-05-07')).toEqual(['대체공휴일(어린이날)'])
  })

  it('3ㆍ1절/광복절/개천절/한글날 substitutes only since 2021', () => {
    expect(name('2021-08-16')).toEqual(['대체공휴일(광복절)'])
    expect(dates(2020)).not.toContain('2020-08-17') // 2020-08-17 was a 임시공휴일, not a rule
  })

  it('부처님 오신 날 and 기독탄신일 substitutes only since 2023', () => {
    expect(dates(2022)).not.toContain('2022-12-26') // Christmas 2022 was a Sunday
    expect(name('2027-12-27')).toEqual(['대체공휴일(기독탄신일)'])
    expect(name('2029-05-21')).toEqual(['대체공휴일(부처님 오신 날)'])
  })

  it('two holidays on one weekday → the later-listed one gets the substitute', () => {
    expect(name('2025-05-05')).toEqual(['어린이날', '부처님 오신 날'])
    expect(name('2025-05-06')).toEqual(['대체공휴일(부처님 오신 날)'])
  })

  it('현충일 and 1월 1일 never get a substitute', () => {
    expect(dates(2026)).not.toContain('2026-06-08') // 현충일 2026 is a Saturday
    expect(dates(2028)).not.toContain('2028-01-03') // 2028-01-01 is a Saturday
  })
})

describe('years without verified data fall back to the rules engine', () => {
  const cal = createKoreanCalendar()

  it('2028 and 2022 are flagged rules-only and still have their holidays', () => {
    expect(cal.holidayDataStatus(2028)).toBe('rules-only')
    expect(cal.holidayDataStatus(2022)).toBe('rules-only')
    expect(cal.isBusinessDay('2028-01-27')).toBe(false) // 설날 2028
    expect(cal.isBusinessDay('2028-10-05')).toBe(false) // 대체공휴일(추석)
    expect(cal.holidays(2028).find((h) => h.date === '2028-10-03')?.name).toBe('추석 · 개천절')
  })

  it('beyond the lunar table (2051) the fixed-date holidays still apply', () => {
    expect(cal.isBusinessDay('2051-03-01')).toBe(false)
    expect(cal.holidays(2051).some((h) => h.name.includes('설날'))).toBe(false)
  })
})
