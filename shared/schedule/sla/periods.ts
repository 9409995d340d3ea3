import { dayNumberFromParts, isoFromDayNumber, kstDayNumber, kstMidnight } from '../../domain/time/kstDays'

/** Report periods are KST calendar months (and days), half-open [from, to). */
export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'thisQuarter' | 'last12Months'
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'last12Months']

interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

export function kstYearMonth(ms: number): YearMonth {
  const d = new Date(kstDayNumber(ms) * 86_400_000)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }
}

/** 'YYYY-MM' of the KST month an instant falls in. */
export function kstMonthKey(ms: number): string {
  const { year, month } = kstYearMonth(ms)
  return `${year}-${String(month).padStart(2, '0')}`
}

/** 00:00 KST on the first of a month; months past 12 or below 1 roll over the year. */
export function kstMonthStart(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12)
  const m = ((((month - 1) % 12) + 12) % 12) + 1
  return kstMidnight(dayNumberFromParts(y, m, 1))
}

export function periodOf(preset: PeriodPreset, now: Date): { from: string; to: string } {
  const { year, month } = kstYearMonth(now.getTime())
  const range = (fromMonth: number, toMonth: number) => ({
    from: new Date(kstMonthStart(year, fromMonth)).toISOString(),
    to: new Date(kstMonthStart(year, toMonth)).toISOString(),
  })
  switch (preset) {
    case 'thisMonth':
      return range(month, month + 1)
    case 'lastMonth':
      return range(month - 1, month)
    case 'thisQuarter': {
      const first = month - ((month - 1) % 3)
      return range(first, first + 3)
    }
    case 'last12Months':
      return range(month - 11, month + 1)
  }
}

/** A custom period typed as KST dates, both days included: [fromDate 00:00, day after toDate 00:00). */
export function periodOfDates(fromDate: string, toDate: string): { from: string; to: string } {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number)
    return dayNumberFromParts(y!, m!, d!)
  }
  return { from: new Date(kstMidnight(day(fromDate))).toISOString(), to: new Date(kstMidnight(day(toDate) + 1)).toISOString() }
}

/** The 12 KST months ending with the month that holds the period's last instant. */
export function twelveMonthsEnding(to: string): { keys: string[]; from: number; to: number } {
  const { year, month } = kstYearMonth(Date.parse(to) - 1)
  const keys: string[] = []
  for (let i = 11; i >= 0; i--) keys.push(kstMonthKey(kstMonthStart(year, month - i)))
  return { keys, from: kstMonthStart(year, month - 11), to: kstMonthStart(year, month + 1) }
}

/** How a period is named in file names and titles: 2026-11, 2026-09~2026-11, or 2026-11-03~2026-11-20. */
export function periodLabel(from: string, to: string): string {
  const f = Date.parse(from)
  const t = Date.parse(to)
  const fm = kstYearMonth(f)
  const lastDay = kstDayNumber(t - 1)
  const wholeMonths = f === kstMonthStart(fm.year, fm.month) && t === kstMonthStart(kstYearMonth(t - 1).year, kstYearMonth(t - 1).month + 1)
  if (wholeMonths) {
    const a = kstMonthKey(f)
    const b = kstMonthKey(t - 1)
    return a === b ? a : `${a}~${b}`
  }
  return `${isoFromDayNumber(kstDayNumber(f))}~${isoFromDayNumber(lastDay)}`
}
