import { koreanHolidayTable } from '../holidays/koreanHolidays'
import type { Holiday } from '../holidays/holidayTypes'
import { CalendarSettingsSchema, type CalendarSettings } from '../settings'
import { minutesOfHhmm } from '../time/hhmm'
import {
  DAY_MS,
  KST_OFFSET_MS,
  MINUTE_MS,
  dayNumberFromIso,
  isWeekendDay,
  isoFromDayNumber,
  kstDayNumber,
  kstMidnight,
  yearOfDayNumber,
} from '../time/kstDays'
import type { BusinessCalendar } from './businessCalendar'

// Hot-path bindings copied once: bundlers and tsx may turn imported bindings into getters.
const DAY = DAY_MS
const KST = KST_OFFSET_MS
const dayOf = kstDayNumber
const midnightOf = kstMidnight

// Flat per-calendar cache of "is business day" for 1900–2199, filled lazily:
// 0 = unknown, 1 = business day, 2 = not. Days outside the range are computed each time.
const CACHE_FIRST_DAY = Math.floor(Date.UTC(1900, 0, 1) / DAY_MS)
const CACHE_DAYS = Math.floor(Date.UTC(2200, 0, 1) / DAY_MS) - CACHE_FIRST_DAY
// Longest run of closed days we accept before declaring the settings unusable.
const MAX_CLOSED_RUN = 3660

const USER_HOLIDAY_NAME = '사용자 지정 휴일'

/** The Korean business calendar: Monday–Friday within business hours (09:00–18:00 by default), except public holidays (Asia/Seoul, no DST: arithmetic on KST day numbers). */
export function createKoreanCalendar(input: Partial<CalendarSettings> = {}): BusinessCalendar {
  const settings = CalendarSettingsSchema.parse(input)
  const openMs = minutesOfHhmm(settings.open) * MINUTE_MS
  const closeMs = minutesOfHhmm(settings.close) * MINUTE_MS
  const dayLength = closeMs - openMs
  const added = new Set(settings.addedHolidays)
  const removed = new Set(settings.removedHolidays)

  const holidayLists = new Map<number, Holiday[]>()
  const holidayDaySets = new Map<number, Set<number>>()
  const businessFlags = new Uint8Array(CACHE_DAYS)

  function holidays(year: number): Holiday[] {
    let list = holidayLists.get(year)
    if (!list) {
      const names = new Map<string, string>()
      for (const [date, dayNames] of Object.entries(koreanHolidayTable(year).table)) {
        if (!removed.has(date)) names.set(date, dayNames.join(' · '))
      }
      for (const date of added) {
        if (date.startsWith(`${year}-`) && !names.has(date)) names.set(date, USER_HOLIDAY_NAME)
      }
      list = [...names].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date))
      holidayLists.set(year, list)
    }
    return list.map((h) => ({ ...h }))
  }

  function holidayDays(year: number): Set<number> {
    let set = holidayDaySets.get(year)
    if (!set) {
      set = new Set(holidays(year).map((h) => dayNumberFromIso(h.date)))
      holidayDaySets.set(year, set)
    }
    return set
  }

  function computeBusinessDay(day: number): boolean {
    if (isWeekendDay(day)) return false
    if (settings.holidaysAreBusinessDays) return true
    return !holidayDays(yearOfDayNumber(day)).has(day)
  }

  function isBusinessDayNumber(day: number): boolean {
    const i = day - CACHE_FIRST_DAY
    if (i < 0 || i >= CACHE_DAYS) return computeBusinessDay(day)
    let flag = businessFlags[i]
    if (flag === 0) {
      flag = computeBusinessDay(day) ? 1 : 2
      businessFlags[i] = flag
    }
    return flag === 1
  }

  function nextBusinessDay(day: number): number {
    for (let d = day + 1; d <= day + MAX_CLOSED_RUN; d++) if (isBusinessDayNumber(d)) return d
    throw new RangeError(`no business day within ${MAX_CLOSED_RUN} days after ${isoFromDayNumber(day)}`)
  }

  /** Time of day (ms since 00:00 KST) of an instant on KST day `day`. */
  const timeOfDay = (ms: number, day: number) => ms + KST - day * DAY

  function isOpenAt(ms: number): boolean {
    const day = dayOf(ms)
    const tod = timeOfDay(ms, day)
    return tod >= openMs && tod < closeMs && isBusinessDayNumber(day)
  }

  /** The opening instant at or after `ms` (ms itself when open). */
  function nextOpeningMs(ms: number): number {
    const day = dayOf(ms)
    const tod = timeOfDay(ms, day)
    if (isBusinessDayNumber(day)) {
      if (tod < openMs) return midnightOf(day) + openMs
      if (tod < closeMs) return ms
    }
    return midnightOf(nextBusinessDay(day)) + openMs
  }

  function addBusinessMs(startMs: number, ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`business time must be a finite ms ≥ 0, got ${ms}`)
    const from = nextOpeningMs(startMs)
    let day = dayOf(from)
    const leftToday = midnightOf(day) + closeMs - from
    if (ms <= leftToday) return from + ms
    let rest = ms - leftToday
    day = nextBusinessDay(day)
    // Whole business days are skipped one per step; `rest ≤ dayLength` ends on or before closing.
    while (rest > dayLength) {
      rest -= dayLength
      day = nextBusinessDay(day)
    }
    return midnightOf(day) + openMs + rest
  }

  function businessTimeBetween(a: Date, b: Date): number {
    const from = a.getTime()
    const to = b.getTime()
    if (!(to > from)) return 0
    let total = 0
    const lastDay = dayOf(to)
    for (let day = dayOf(from); day <= lastDay; day++) {
      if (!isBusinessDayNumber(day)) continue
      const midnight = midnightOf(day)
      const lo = Math.max(from, midnight + openMs)
      const hi = Math.min(to, midnight + closeMs)
      if (hi > lo) total += hi - lo
    }
    return total
  }

  function coverageLeft(t: Date): ReturnType<BusinessCalendar['coverageLeft']> {
    const ms = t.getTime()
    if (!isOpenAt(ms)) return { open: false, msLeftToday: 0, closesAt: null, nextOpening: new Date(nextOpeningMs(ms)) }
    const day = dayOf(ms)
    const closesAt = midnightOf(day) + closeMs
    return {
      open: true,
      msLeftToday: closesAt - ms,
      closesAt: new Date(closesAt),
      nextOpening: new Date(midnightOf(nextBusinessDay(day)) + openMs),
    }
  }

  return {
    businessDayMs: dayLength,
    holidays,
    holidayDataStatus: (year) => koreanHolidayTable(year).status,
    isBusinessDay: (date) => isBusinessDayNumber(dayNumberFromIso(date)),
    isOpen: (t) => isOpenAt(t.getTime()),
    nextOpening: (t) => new Date(nextOpeningMs(t.getTime())),
    addBusinessTime: (start, ms) => new Date(addBusinessMs(start.getTime(), ms)),
    addBusinessMs,
    businessTimeBetween,
    coverageLeft,
  }
}
