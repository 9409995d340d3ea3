import data from '../../../resources/holidays/kr-holidays.json'
import type { HolidayTable } from './holidayTypes'

// Years checked against official announcements; sources and every correction are in
// resources/holidays/SOURCES.md.
const years: Readonly<Record<string, HolidayTable>> = data.years

export function verifiedHolidays(year: number): HolidayTable | null {
  return years[String(year)] ?? null
}

export const VERIFIED_HOLIDAY_YEARS: readonly number[] = Object.keys(years).map(Number).sort((a, b) => a - b)

/** Where the shipped dates come from (shown beside the year's list in Settings). */
export const VERIFIED_HOLIDAY_SOURCE: string = data.source
