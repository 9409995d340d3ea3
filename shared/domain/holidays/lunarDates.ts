import KoreanLunarCalendar from 'korean-lunar-calendar'
import { dayNumberFromParts } from '../time/kstDays'

/**
 * Solar day number of a Korean lunar date (non-leap month), or null when the lunar table of
 * korean-lunar-calendar does not cover the year (it covers 1000–2050; outside that the
 * library silently returns a wrong date, so its success flag is checked).
 */
export function solarDayOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): number | null {
  const calendar = new KoreanLunarCalendar()
  if (!calendar.setLunarDate(lunarYear, lunarMonth, lunarDay, false)) return null
  const solar = calendar.getSolarCalendar()
  return dayNumberFromParts(solar.year, solar.month, solar.day)
}
