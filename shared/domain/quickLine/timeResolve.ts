import { MINUTE_MS, dayNumberFromParts, isoFromDayNumber, kstDayNumber, kstMidnight, weekdayOfDay, yearOfDayNumber } from '../time/kstDays'

/** Which day a phrase names, before it is placed relative to today. */
export type DaySpec =
  | { kind: 'daysAgo'; days: number } // 오늘 0, 어제 1, 그제 2
  | { kind: 'weekday'; weekday: number; which: 'onOrBefore' | 'strictlyBefore' | 'previousWeek' } // 0 = Sunday
  | { kind: 'date'; year?: number; month: number; day: number }

export type Period = 'am' | 'pm' | 'midday' | 'night'

export interface ClockSpec {
  hour: number
  minute: number
  period?: Period
  /** Written with a leading zero ("03:30"): a 24-hour reading, not the working-day one. */
  literal?: boolean
}

/** Everything a time phrase can say; `agoMs` alone for "두 시간 전" and 방금. */
export interface TimeSpec {
  day?: DaySpec
  clock?: ClockSpec
  agoMs?: number
}

/** The wall time a clock phrase means, and whether it falls on the next day (밤 12시, 밤 2시). */
export function wallClock(c: ClockSpec): { minutes: number; nextDay: boolean } | null {
  const { hour: h, minute } = c
  if (h > 23 || minute > 59) return null
  const at = (hour: number, nextDay = false) => ({ minutes: hour * 60 + minute, nextDay })
  if (c.literal || h === 0 || h >= 13) {
    // 24-hour figures: only a word that agrees with them may stand before ("오후 15시", not "오전 15시").
    if (h >= 13 && (c.period === 'am' || (c.period === 'night' && h < 18))) return null
    return at(h, c.period === 'night' && h === 0)
  }
  switch (c.period) {
    case 'am':
      return at(h === 12 ? 0 : h)
    case 'pm':
      return at(h === 12 ? 12 : h + 12)
    case 'midday':
      return at(h === 12 ? 12 : h <= 5 ? h + 12 : h)
    case 'night':
      if (h >= 6 && h <= 11) return at(h + 12)
      if (h === 12) return at(0, true)
      if (h <= 4) return at(h, true)
      return null
    default:
      // No word: as a working day reads it, 7–11 in the morning, 12 noon, 1–6 in the afternoon.
      return at(h >= 7 ? h : h + 12)
  }
}

function dayNumber(spec: DaySpec, today: number): number | null {
  switch (spec.kind) {
    case 'daysAgo':
      return today - spec.days
    case 'weekday': {
      const back = (weekdayOfDay(today) - spec.weekday + 7) % 7
      if (spec.which === 'onOrBefore') return today - back
      if (spec.which === 'strictlyBefore') return today - (back || 7)
      const thisMonday = today - ((weekdayOfDay(today) + 6) % 7)
      return thisMonday - 7 + ((spec.weekday + 6) % 7)
    }
    case 'date': {
      if (spec.year !== undefined) return dateDay(spec.year, spec.month, spec.day)
      // Without a year, the nearest such date: "12월 31일" typed on 2 January is the one just past,
      // "12월 24일" typed on 1 December is this year's (after now, so not taken).
      const year = yearOfDayNumber(today)
      const thisYear = dateDay(year, spec.month, spec.day)
      const lastYear = dateDay(year - 1, spec.month, spec.day)
      if (thisYear === null) return lastYear
      return lastYear !== null && today - lastYear < thisYear - today ? lastYear : thisYear
    }
  }
}

function dateDay(year: number, month: number, day: number): number | null {
  const n = dayNumberFromParts(year, month, day)
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isoFromDayNumber(n) === iso ? n : null
}

/**
 * The instant a phrase names, in KST. A time without a day, or with a bare weekday, is the latest
 * such instant not after now; a day without a time is its 00:00. Null when the phrase names no real instant (2월 30일).
 * The caller decides what to do with an instant after now.
 */
export function resolveTime(spec: TimeSpec, now: number): number | null {
  // "두 시간 전" means to the minute: seconds would only be noise from the moment of typing.
  if (spec.agoMs !== undefined) return Math.floor((now - spec.agoMs) / MINUTE_MS) * MINUTE_MS
  const today = kstDayNumber(now)
  const clock = spec.clock ? wallClock(spec.clock) : { minutes: 0, nextDay: false }
  if (!clock) return null
  const on = (day: number) => kstMidnight(day + (clock.nextDay ? 1 : 0)) + clock.minutes * MINUTE_MS
  if (spec.day) {
    const day = dayNumber(spec.day, today)
    if (day === null) return null
    // A bare weekday with a time still ahead today ("금요일 오후 5시" on Friday 15:20) is last week's,
    // as a bare time still ahead is yesterday's; 오늘 stays today.
    if (spec.day.kind === 'weekday' && spec.day.which === 'onOrBefore' && spec.clock && on(day) > now) return on(day - 7)
    return on(day)
  }
  for (let day = today; day >= today - 2; day--) if (on(day) <= now) return on(day)
  return null
}
