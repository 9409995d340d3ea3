import fc from 'fast-check'
import { describe, it } from 'vitest'
import { routeAt, type Region } from '../../../shared/domain'
import { kst } from './kstTime'

// An independent "is this region on shift" check, straight from Intl.
const ZONES: Record<Region, string> = { APJ: 'Asia/Seoul', EMEA: 'Europe/Prague', AMER: 'America/New_York' }
const formats = Object.fromEntries(
  Object.entries(ZONES).map(([r, zone]) => [
    r,
    new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ]),
) as Record<Region, Intl.DateTimeFormat>

function onShift(region: Region, t: Date): boolean {
  const parts = Object.fromEntries(formats[region].formatToParts(t).map((p) => [p.type, p.value]))
  const minutes = Number(parts.hour) * 60 + Number(parts.minute)
  return !['Sat', 'Sun'].includes(parts.weekday) && minutes >= 9 * 60 && minutes < 18 * 60
}

const instant = fc
  .integer({ min: kst('2024-01-01 00:00').getTime(), max: kst('2028-01-01 00:00').getTime() })
  .map((ms) => new Date(ms))

describe('routing properties', () => {
  it('never returns a closed region unless queued; queued only when nobody is on shift', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const r = routeAt(t)
        const anyOpen = (['APJ', 'EMEA', 'AMER'] as Region[]).some((x) => onShift(x, t))
        if (r.queued) return !anyOpen
        return onShift(r.region, t) && (r.region === 'APJ' || !onShift('APJ', t))
      }),
      { numRuns: 10_000 },
    )
  })

  it('changesAt is after t, and the answer just before changesAt is still the same', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const r = routeAt(t)
        if (!(r.changesAt.getTime() > t.getTime())) return false
        const before = routeAt(new Date(r.changesAt.getTime() - 1))
        const after = routeAt(r.changesAt)
        return (
          before.region === r.region &&
          before.queued === r.queued &&
          after.region === r.next &&
          (after.region !== r.region || after.queued !== r.queued)
        )
      }),
      { numRuns: 10_000 },
    )
  })
})
