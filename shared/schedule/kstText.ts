// Korea has no daylight saving: KST is UTC+9 all year, so plain arithmetic formats it exactly.
const KST_OFFSET_MS = 9 * 3_600_000
const MINUTE_MS = 60_000

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

/** Whole minutes until `dueMs` (rounded up) or since it (rounded down): the countdown's number. */
export const minutesLeft = (dueMs: number, nowMs: number): number => Math.ceil((dueMs - nowMs) / MINUTE_MS)
export const minutesLate = (dueMs: number, nowMs: number): number => Math.floor((nowMs - dueMs) / MINUTE_MS)

/** A number of minutes in words: '15분', '1시간 5분', '2일 3시간' / '15 min', '1 h 5 min', '2 d 3 h'. */
export function formatMinutes(total: number, language: 'ko' | 'en'): string {
  const minutes = Math.max(0, total)
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  const u = language === 'ko' ? { d: '일', h: '시간', m: '분' } : { d: ' d', h: ' h', m: ' min' }
  const parts: [number, string][] = d > 0 ? [[d, u.d], [h, u.h]] : h > 0 ? [[h, u.h], [m, u.m]] : [[m, u.m]]
  return parts
    .filter(([n], i) => i === 0 || n !== 0)
    .map(([n, unit]) => `${n}${unit}`)
    .join(' ')
}
