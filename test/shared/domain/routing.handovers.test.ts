import { describe, expect, it } from 'vitest'
import { routeAt, RoutingSettingsSchema } from '../../../shared/domain'
import { kst, showKst, zoned } from './kstTime'

/** routeAt(t) as 'REGION[ queued] until KST-time → NEXT'. */
function route(t: Date, settings?: Parameters<typeof routeAt>[1]): string {
  const r = routeAt(t, settings)
  return `${r.region}${r.queued ? ' queued' : ''} until ${showKst(r.changesAt)} → ${r.next}`
}
const at = (local: string) => route(kst(local))

// Clock changes in 2026: US 03-08 and 11-01, EU 03-29 and 10-25. In between, New York and Prague
// are one hour "closer", so the EMEA→AMER hand-over moves in Korean time.

describe('hand-overs around 18:00 KST: APJ keeps the queue until it closes', () => {
  it('APJ until 18:00 even though EMEA opened at 17:00 KST (CET)', () => {
    expect(at('2026-03-24 17:00')).toBe('APJ until 2026-03-24 18:00 → EMEA')
    expect(at('2026-03-24 17:59:59.999')).toBe('APJ until 2026-03-24 18:00 → EMEA')
  })

  it('at 18:00 the incumbent EMEA takes over', () => {
    expect(at('2026-03-24 18:00')).toBe('EMEA until 2026-03-25 02:00 → AMER')
  })

  it('holidays do not change routing: APJ on 추석 (Friday 2026-09-25)', () => {
    expect(at('2026-09-25 10:00')).toBe('APJ until 2026-09-25 18:00 → EMEA')
  })
})

describe('last week of March 2026 (US on EDT since 03-08, EU switches 03-29)', () => {
  it('Thursday 03-26 (Prague CET, New York EDT): every hand-over', () => {
    expect(at('2026-03-26 09:00')).toBe('APJ until 2026-03-26 18:00 → EMEA')
    expect(at('2026-03-26 18:00')).toBe('EMEA until 2026-03-27 02:00 → AMER')
    expect(at('2026-03-26 22:00')).toBe('EMEA until 2026-03-27 02:00 → AMER') // AMER opened, EMEA incumbent
    expect(at('2026-03-27 02:00')).toBe('AMER until 2026-03-27 07:00 → APJ')
    expect(at('2026-03-27 07:00')).toBe('APJ queued until 2026-03-27 09:00 → APJ')
  })

  it('Friday 03-27 into the weekend: AMER until Saturday 07:00 KST, then queued until Monday', () => {
    expect(at('2026-03-27 18:00')).toBe('EMEA until 2026-03-28 02:00 → AMER')
    expect(at('2026-03-28 02:00')).toBe('AMER until 2026-03-28 07:00 → APJ')
    expect(at('2026-03-28 07:00')).toBe('APJ queued until 2026-03-30 09:00 → APJ')
  })

  it('Friday evening in New York is Saturday morning in Korea', () => {
    expect(route(zoned('2026-03-27 17:00', '-04:00'))).toBe('AMER until 2026-03-28 07:00 → APJ')
    expect(route(zoned('2026-03-27 18:00', '-04:00'))).toBe('APJ queued until 2026-03-30 09:00 → APJ')
    expect(route(zoned('2026-03-27 21:30', '-04:00'))).toBe('APJ queued until 2026-03-30 09:00 → APJ')
  })

  it('Monday 03-30 after the EU change (CEST): EMEA opens 16:00 KST and hands over at 01:00', () => {
    expect(at('2026-03-30 16:30')).toBe('APJ until 2026-03-30 18:00 → EMEA')
    expect(at('2026-03-30 18:00')).toBe('EMEA until 2026-03-31 01:00 → AMER')
    expect(at('2026-03-31 01:00')).toBe('AMER until 2026-03-31 07:00 → APJ')
  })

  it('before the US change (early March, EST): AMER hands back at 08:00 KST', () => {
    expect(at('2026-03-04 18:00')).toBe('EMEA until 2026-03-05 02:00 → AMER')
    expect(at('2026-03-05 02:00')).toBe('AMER until 2026-03-05 08:00 → APJ')
    expect(at('2026-03-05 08:00')).toBe('APJ queued until 2026-03-05 09:00 → APJ')
  })
})

describe('last week of October 2026 (EU back to CET on 10-25, US on EDT until 11-01)', () => {
  it('Friday 10-23 (Prague CEST): EMEA until Saturday 01:00 KST, AMER until 07:00', () => {
    expect(at('2026-10-23 18:00')).toBe('EMEA until 2026-10-24 01:00 → AMER')
    expect(at('2026-10-24 01:00')).toBe('AMER until 2026-10-24 07:00 → APJ')
    expect(at('2026-10-24 07:00')).toBe('APJ queued until 2026-10-26 09:00 → APJ')
  })

  it('Tuesday 10-27 (Prague CET, New York EDT): every hand-over', () => {
    expect(at('2026-10-27 09:00')).toBe('APJ until 2026-10-27 18:00 → EMEA')
    expect(at('2026-10-27 18:00')).toBe('EMEA until 2026-10-28 02:00 → AMER')
    expect(at('2026-10-28 02:00')).toBe('AMER until 2026-10-28 07:00 → APJ')
    expect(at('2026-10-28 07:00')).toBe('APJ queued until 2026-10-28 09:00 → APJ')
  })

  it('Friday evening 10-30 in New York (EDT) is Saturday morning in Korea', () => {
    expect(route(zoned('2026-10-30 17:30', '-04:00'))).toBe('AMER until 2026-10-31 07:00 → APJ')
    expect(route(zoned('2026-10-30 18:00', '-04:00'))).toBe('APJ queued until 2026-11-02 09:00 → APJ')
  })

  it('after the US change (11-02, EST): AMER opens 23:00 KST and hands back at 08:00', () => {
    expect(at('2026-11-02 18:00')).toBe('EMEA until 2026-11-03 02:00 → AMER')
    expect(at('2026-11-03 02:00')).toBe('AMER until 2026-11-03 08:00 → APJ')
    expect(at('2026-11-03 08:00')).toBe('APJ queued until 2026-11-03 09:00 → APJ')
  })
})

describe('routing settings', () => {
  it('each region judges Monday–Friday in its own zone, with its own hours', () => {
    const settings = RoutingSettingsSchema.parse({ AMER: { zone: 'America/New_York', close: '20:00' } })
    expect(route(kst('2026-03-28 08:30'), settings)).toBe('AMER until 2026-03-28 09:00 → APJ')
  })

  it('when every window is removed the settings are rejected', () => {
    const none = { zone: 'Asia/Seoul', open: '09:00', close: '18:00', days: [] }
    expect(() => routeAt(kst('2026-03-25 10:00'), { APJ: none, EMEA: none, AMER: none })).toThrow(RangeError)
  })
})
