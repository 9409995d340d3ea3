// Asia/Seoul has had no DST since 1988, so KST is plain UTC+9 and a KST calendar day is a
// fixed 86 400 000 ms slice: all calendar arithmetic is done on integer "KST day numbers".

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
export const KST_OFFSET_MS = 9 * HOUR_MS

/** Days since 1970-01-01 in KST for an instant (epoch ms). */
export function kstDayNumber(ms: number): number {
  return Math.floor((ms + KST_OFFSET_MS) / DAY_MS)
}

/** The instant of 00:00 KST of a KST day number. */
export function kstMidnight(day: number): number {
  return day * DAY_MS - KST_OFFSET_MS
}

/** 0 = Sunday … 6 = Saturday, for any day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

export function isWeekendDay(day: number): boolean {
  const w = weekdayOfDay(day)
  return w === 0 || w === 6
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** 'YYYY-MM-DD' → day number (a pure calendar date, no zone involved). */
export function dayNumberFromIso(date: string): number {
  const m = ISO_DATE.exec(date)
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = dayNumberFromParts(y, mo, d)
  if (isoFromDayNumber(day) !== date) throw new RangeError(`no such date: ${date}`)
  return day
}

export function dayNumberFromParts(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS)
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function yearOfDayNumber(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear()
}
