import { ruleBasedHolidays } from './holidayRules'
import type { HolidayDataStatus, HolidayTable } from './holidayTypes'
import { verifiedHolidays } from './verifiedHolidays'

/** The shipped, verified table when we have one for the year; else the rules engine. */
export function koreanHolidayTable(year: number): { status: HolidayDataStatus; table: HolidayTable } {
  const verified = verifiedHolidays(year)
  if (verified) return { status: 'verified', table: verified }
  return { status: 'rules-only', table: ruleBasedHolidays(year) }
}
