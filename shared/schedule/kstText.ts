// Korea has no daylight saving: KST is UTC+9 all year, so plain arithmetic formats it exactly.
const KST_OFFSET_MS = 9 * 3_600_000

const kst = (ms: number): Date => new Date(ms + KST_OFFSET_MS)
const two = (n: number): string => String(n).padStart(2, '0')

/** 'HH:mm' in KST. */
export const kstHhmm = (ms: number): string => `${two(kst(ms).getUTCHours())}:${two(kst(ms).getUTCMinutes())}`

/** 'MM/DD' in KST. */
export const kstMonthDay = (ms: number): string => `${two(kst(ms).getUTCMonth() + 1)}/${two(kst(ms).getUTCDate())}`

/** 'YYYY-MM-DD' in KST: the day a KST wall clock shows. */
export const kstDay = (ms: number): string => kst(ms).toISOString().slice(0, 10)

/** 'HH:mm' when `ms` falls on the same KST day as `nowMs`, else 'MM/DD HH:mm'. */
export const kstWhen = (ms: number, nowMs: number): string =>
  kstDay(ms) === kstDay(nowMs) ? kstHhmm(ms) : `${kstMonthDay(ms)} ${kstHhmm(ms)}`

/** The instant of the next 00:00 KST after `ms`. */
export function nextKstMidnight(ms: number): number {
  const day = 86_400_000
  return Math.floor((ms + KST_OFFSET_MS) / day) * day + day - KST_OFFSET_MS
}
