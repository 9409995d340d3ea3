import { DEFAULT_ROUTING_SETTINGS, type RegionHours, type RoutingSettings } from './settings'
import { minutesOfHhmm } from './time/hhmm'
import { DAY_MS, weekdayOfDay } from './time/kstDays'
import { localDayNumber, wallTimeToInstant } from './time/zonedTime'
import type { Region } from './types'

export interface RouteEstimate {
  /** Region a case opened at t goes to (an estimate: Veeam publishes no hand-over rule). */
  region: Region
  /** Next instant at which `region` or `queued` changes. */
  changesAt: Date
  /** The answer's region from `changesAt` on. */
  next: Region
  /** Nobody is on shift; `region` is the one whose shift starts next. */
  queued: boolean
}

interface Window {
  region: Region
  start: number
  end: number
}

const REGIONS: readonly Region[] = ['APJ', 'EMEA', 'AMER']
// Windows are built for local days [t − 2, t + 16] and answers evaluated up to t + 9 days: a
// region with one shift day a week still has a known next opening for every evaluated instant.
const DAYS_BEFORE = 2
const DAYS_AFTER = 16
const HORIZON_MS = 9 * DAY_MS

/**
 * routeAt: 1) APJ open → APJ; 2) else the open region whose current window opened
 * earliest keeps the queue; 3) else queued for the region whose window opens next. Each region's
 * weekdays are judged in its own zone. Computed from window boundary events, no time stepping.
 */
export function routeAt(t: Date, settings: RoutingSettings = DEFAULT_ROUTING_SETTINGS): RouteEstimate {
  const at = t.getTime()
  const windows = REGIONS.flatMap((region) => regionWindows(region, settings[region], at))
  if (windows.length === 0) throw new RangeError('routing settings define no support windows')
  const now = answerAt(at, windows)

  const events = [...new Set(windows.flatMap((w) => [w.start, w.end]))]
    .filter((e) => e > at && e <= at + HORIZON_MS)
    .sort((a, b) => a - b)
  for (const e of events) {
    const then = answerAt(e, windows)
    if (then.region !== now.region || then.queued !== now.queued) {
      return { region: now.region, queued: now.queued, changesAt: new Date(e), next: then.region }
    }
  }
  return { region: now.region, queued: now.queued, changesAt: new Date(at + HORIZON_MS), next: now.region }
}

function answerAt(ms: number, windows: Window[]): { region: Region; queued: boolean } {
  let incumbent: Window | null = null
  let upcoming: Window | null = null
  for (const w of windows) {
    if (w.start <= ms && ms < w.end) {
      if (w.region === 'APJ') return { region: 'APJ', queued: false }
      if (!incumbent || w.start < incumbent.start || (w.start === incumbent.start && byOrder(w, incumbent))) incumbent = w
    } else if (w.start > ms) {
      if (!upcoming || w.start < upcoming.start || (w.start === upcoming.start && byOrder(w, upcoming))) upcoming = w
    }
  }
  if (incumbent) return { region: incumbent.region, queued: false }
  // Windows reach DAYS_AFTER days ahead, so some region always opens after an evaluated instant.
  return { region: upcoming!.region, queued: true }
}

const byOrder = (a: Window, b: Window) => REGIONS.indexOf(a.region) < REGIONS.indexOf(b.region)

function regionWindows(region: Region, hours: RegionHours, at: number): Window[] {
  const today = localDayNumber(hours.zone, at)
  const windows: Window[] = []
  for (let day = today - DAYS_BEFORE; day <= today + DAYS_AFTER; day++) {
    const span = shiftOfLocalDay(hours, day)
    if (!span) continue
    const last = windows[windows.length - 1]
    // Back-to-back shifts (e.g. a 24 h setting) are one window, so incumbency is not reset at midnight.
    if (last && last.end >= span[0]) last.end = Math.max(last.end, span[1])
    else windows.push({ region, start: span[0], end: span[1] })
  }
  return windows
}

// Shift instants depend only on (region hours, local day): cached per settings object, bounded.
const shiftCache = new WeakMap<RegionHours, Map<number, readonly [number, number] | null>>()

function shiftOfLocalDay(hours: RegionHours, day: number): readonly [number, number] | null {
  let byDay = shiftCache.get(hours)
  if (!byDay) {
    byDay = new Map()
    shiftCache.set(hours, byDay)
  }
  const cached = byDay.get(day)
  if (cached !== undefined) return cached
  const isoWeekday = weekdayOfDay(day) || 7
  let span: readonly [number, number] | null = null
  if (hours.days.includes(isoWeekday)) {
    const open = minutesOfHhmm(hours.open)
    const close = minutesOfHhmm(hours.close)
    // A close at or before the open is read as the next day's (an overnight shift).
    const start = wallTimeToInstant(hours.zone, day, open)
    const end = wallTimeToInstant(hours.zone, close > open ? day : day + 1, close)
    span = [start, end]
  }
  if (byDay.size > 20_000) byDay.clear()
  byDay.set(day, span)
  return span
}
