/**
 * Instants shown in Korean Standard Time, whatever the machine's zone. Asia/Seoul has had no
 * daylight saving since 1988, so KST is UTC+9 by arithmetic.
 */
import type { Lang } from './duration'

const KST_MS = 9 * 60 * 60_000
const WEEKDAY_KO = ['일', '월', '화', '수', '목', '금', '토']
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const pad = (n: number) => String(n).padStart(2, '0')

interface KstParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  weekday: number
}

export function kstParts(at: Date | string): KstParts {
  const d = new Date(new Date(at).getTime() + KST_MS)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  }
}

/** "17:30" */
export function formatKstTime(at: Date | string): string {
  const p = kstParts(at)
  return `${pad(p.hour)}:${pad(p.minute)}`
}

/** "2026-11-27" */
export function formatKstDate(at: Date | string): string {
  const p = kstParts(at)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/** "11/27(금) 17:30" — dense, for lists and due times. */
export function formatKstShort(at: Date | string, lang: Lang = 'ko'): string {
  const p = kstParts(at)
  const wd = (lang === 'ko' ? WEEKDAY_KO : WEEKDAY_EN)[p.weekday]
  return `${p.month}/${p.day}(${wd}) ${pad(p.hour)}:${pad(p.minute)}`
}

/** "2026-11-27 17:30 KST" — full, for the timeline and records. */
export function formatKstFull(at: Date | string): string {
  return `${formatKstDate(at)} ${formatKstTime(at)} KST`
}

/**
 * A time relative to `now` in KST: "17:30" the same day, "내일 09:00" the next, else "12/1(월) 09:00".
 */
export function formatKstWhen(at: Date | string, now: Date, lang: Lang = 'ko'): string {
  const dayOf = (t: Date | string) => Math.floor((new Date(t).getTime() + KST_MS) / 86_400_000)
  const diff = dayOf(at) - dayOf(now)
  if (diff === 0) return formatKstTime(at)
  if (diff === 1) return `${lang === 'ko' ? '내일' : 'tomorrow'} ${formatKstTime(at)}`
  return formatKstShort(at, lang)
}

/** The value of an <input type="datetime-local"> showing `at` in KST: "2026-11-27T17:30". */
export function toKstInput(at: Date | string): string {
  const p = kstParts(at)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`
}

/** Reads a datetime-local value as KST wall time; null when empty or malformed. */
export function fromKstInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!m) return null
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], m[6] ? +m[6] : 0) - KST_MS
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}
