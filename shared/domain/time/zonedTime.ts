import { tzOffset } from '@date-fns/tz'
import { DAY_MS, MINUTE_MS } from './kstDays'

/** UTC offset of an IANA zone at an instant, in ms (DST included). */
export function zoneOffsetMs(zone: string, ms: number): number {
  const minutes = tzOffset(zone, new Date(ms))
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${zone}`)
  return minutes * MINUTE_MS
}

/** The local calendar day (days since 1970-01-01) in `zone` at an instant. */
export function localDayNumber(zone: string, ms: number): number {
  return Math.floor((ms + zoneOffsetMs(zone, ms)) / DAY_MS)
}

/**
 * The instant at which the wall clock in `zone` shows `minuteOfDay` on local day `day`.
 * DST edge choices (made explicitly, since libraries differ): a wall time skipped by a
 * spring-forward gap maps to the instant it would have had under the old offset (i.e. it is
 * shifted forward by the gap); a wall time repeated by a fall-back maps to its first occurrence.
 */
export function wallTimeToInstant(zone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS
  const before = zoneOffsetMs(zone, wall - DAY_MS)
  const after = zoneOffsetMs(zone, wall + DAY_MS)
  const candidates = [wall - before, wall - after].filter((i) => zoneOffsetMs(zone, i) === wall - i)
  if (candidates.length === 0) return wall - before
  return Math.min(...candidates)
}
