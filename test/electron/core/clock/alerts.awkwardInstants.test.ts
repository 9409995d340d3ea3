import { afterEach, describe, expect, it } from 'vitest'
import type { Alert } from '../../../../shared/ipc'
import { clockCore, kst, type ClockHarness } from './clockCore'

// The time rules at the instants where they are easiest to get wrong, through the real core and its
// clock on an injected time: closings, weekends, 설날, year ends, leap days, the DST weeks.

let h: ClockHarness | null = null
afterEach(async () => h?.close())

/** An instant as KST wall time, '2026-12-07 10:59'. */
const wall = (iso: string | null | undefined) => (iso ? new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : iso)
/** Each alert as "kind due-in-KST targets". */
const seen = (alerts: Alert[]) => alerts.map((a) => `${a.kind} ${wall(a.dueAt)} ${a.targets.join('+')}`)
const dues = async (h: ClockHarness, id: number) => {
  const d = await h.call('issues.get', { id })
  return { target: wall(d.targetDue), steps: Object.fromEntries(d.steps.filter((s) => s.due).map((s) => [s.id, wall(s.due)])) }
}

describe('Basic coverage at its edges', () => {
  it('a Basic Sev1 case opened Friday 17:59 KST: warned "1분", due Monday 10:59, silent over the weekend', async () => {
    h = clockCore('2026-12-04 17:59')
    const { se } = await h.contacts()
    const issue = await h.call('issues.create', { title: '운영 중단', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 1, sev1ConsultedSeId: se.id, caseNumber: '07700001' })
    expect((await dues(h, issue.id)).target).toBe('2026-12-07 10:59') // 1 min Friday + 1 h 59 min Monday
    expect(h.drain().map((a) => a.title)).toEqual(['Basic 지원 종료 1분 전 (18:00)'])
    h.time.passUntil(kst('2026-12-04 19:00'))
    expect(seen(h.drain())).toEqual(['before 2026-12-04 18:59 G6', 'at 2026-12-04 18:59 G6']) // the form: 1 h wall clock
    h.time.passUntil(kst('2026-12-07 10:43'))
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-12-07 11:00'))
    expect(seen(h.drain())).toEqual(['before 2026-12-07 10:59 target', 'at 2026-12-07 10:59 target'])
  })

  it('a case opened at 18:00:00 exactly goes to EMEA and its Basic clock starts at the next opening; at 17:59:59 APJ', async () => {
    h = clockCore('2026-12-03 17:00')
    const early = await h.call('issues.create', { title: 'a', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 2 })
    const late = await h.call('issues.create', { title: 'b', track: 'general', customerName: 'BETA', severity: 2 })
    h.wall.set(new Date(kst('2026-12-03 18:00')).toISOString())
    const opened = await h.call('issues.openCase', { id: late.id, caseNumber: '07700002', at: kst('2026-12-03 18:00') })
    const before = await h.call('issues.openCase', { id: early.id, caseNumber: '07700003', at: new Date(Date.parse(kst('2026-12-03 18:00')) - 1000).toISOString() })
    expect([opened.routedRegion, before.routedRegion]).toEqual(['EMEA', 'APJ'])
    expect((await dues(h, late.id)).target).toBe('2026-12-04 17:00') // Sev2 Basic 8 h from Friday 09:00
    const earlyDue = (await h.call('issues.get', { id: early.id })).targetDue
    expect(earlyDue).toBe(new Date(Date.parse(kst('2026-12-04 17:00')) - 1000).toISOString()) // 1 s Thursday + 7 h 59 min 59 s Friday
  })

  it('the Friday before 설날 2027: a Basic Sev2 case waits out 2/6–2/9 (대체공휴일 included), due Wednesday 14:00', async () => {
    h = clockCore('2027-02-05 15:00')
    const issue = await h.call('issues.create', { title: '복구 실패', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 2, caseNumber: '07700004' })
    expect(await dues(h, issue.id)).toEqual({
      target: '2027-02-10 14:00', // 3 h Friday + 5 h Wednesday
      steps: { G1: '2027-02-05 15:00', G2: '2027-02-10 15:00', G3: '2027-02-10 15:00', G4: '2027-02-11 15:00', G5: '2027-02-11 15:00', G6: '2027-02-05 16:00', G7: '2027-02-12 15:00' },
    })
    h.time.passUntil(kst('2027-02-05 17:30'))
    const warning = h.drain().find((a) => a.kind === 'closingSoon')
    expect(warning?.body).toContain('다음 업무 시간(2/10(수) 09:00)')
    h.time.passUntil(kst('2027-02-10 13:44'))
    expect(h.drain()).toEqual([])
  })

  it('09:00 on the first business day after 설날: G2 is 18:00 that day (a deadline on the closing stays there)', async () => {
    h = clockCore('2027-02-10 09:00')
    const issue = await h.call('issues.create', { title: '설치 실패', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect((await dues(h, issue.id)).steps).toMatchObject({ G2: '2027-02-10 18:00', G4: '2027-02-11 18:00' })
  })
})

describe('the general playbook over weekends and year ends', () => {
  it('logged Friday 17:45: G2 and G3 share Monday 17:45 and alert as one, before and at', async () => {
    h = clockCore('2026-12-04 17:45')
    const issue = await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect((await dues(h, issue.id)).steps).toMatchObject({ G2: '2026-12-07 17:45', G3: '2026-12-07 17:45', G4: '2026-12-08 17:45' })
    h.time.passUntil(kst('2026-12-07 17:45'))
    expect(seen(h.drain())).toEqual(['before 2026-12-07 17:45 G3+G2', 'at 2026-12-07 17:45 G3+G2']) // the call first
  })

  it('logged Saturday 02:30: the day counts from Monday 09:00, so G2 is Monday 18:00', async () => {
    h = clockCore('2026-12-05 02:30')
    const issue = await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect((await dues(h, issue.id)).steps).toMatchObject({ G2: '2026-12-07 18:00', G4: '2026-12-08 18:00' })
  })

  it('logged 2026-12-31 17:00: 1월 1일 and the weekend are closed, G2 is 2027-01-04 17:00; Basic Sev4 is due 2027-01-06 14:00', async () => {
    h = clockCore('2026-12-31 17:00')
    const issue = await h.call('issues.create', { title: '질문', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 4, caseNumber: '07700005' })
    const d = await dues(h, issue.id)
    expect(d.target).toBe('2027-01-06 14:00') // 1 + 9 + 9 + 5 business hours
    const plain = await h.call('issues.create', { title: '질문', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect((await dues(h, plain.id)).steps).toMatchObject({ G2: '2027-01-04 17:00', G4: '2027-01-05 17:00' })
  })

  it('leap day 2028 (a year of rules only): a Basic Sev2 case opened 2028-02-28 17:00 is due 2028-02-29 16:00', async () => {
    h = clockCore('2028-02-28 17:00')
    const issue = await h.call('issues.create', { title: '복구 지연', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 2, caseNumber: '07700006' })
    expect((await dues(h, issue.id)).target).toBe('2028-02-29 16:00')
  })

  it('a backdated first occurrence moves no deadline: they count from logging', async () => {
    h = clockCore('2026-12-02 10:00')
    const issue = await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: 'ACME', renewal: 'production', firstOccurredAt: kst('2026-11-27 09:00') })
    expect((await h.call('issues.get', { id: issue.id })).issue.firstOccurredAt).toBe(kst('2026-11-27 09:00'))
    expect((await dues(h, issue.id)).steps).toMatchObject({ G1: '2026-12-02 10:00', G2: '2026-12-03 10:00' })
  })
})

describe('the immediate playbook at night', () => {
  it('a critical issue logged Saturday 02:30: one notification at once, then C5 before 03:15 and at 03:30 (wall clock, 24/7)', async () => {
    h = clockCore('2026-12-05 02:30')
    await h.call('issues.create', { title: 'DB 서버 중단', track: 'critical', customerName: 'ACME', renewal: 'production' })
    expect(seen(h.drain())).toEqual(['now 2026-12-05 02:30 C2+C3+C4+C5'])
    h.time.passUntil(kst('2026-12-05 03:30'))
    expect(seen(h.drain())).toEqual(['before 2026-12-05 03:30 C5', 'at 2026-12-05 03:30 C5'])
  })
})

describe('a severity change mid-clock', () => {
  it('Basic Sev3 opened Friday 17:00, raised to Sev2 Monday 10:00: due moves from Tuesday 11:00 to Monday 18:00, both in the timeline, alerts only for the new due', async () => {
    h = clockCore('2026-12-04 17:00')
    const issue = await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: 'BETA', renewal: 'basic', severity: 3, caseNumber: '07700007' })
    expect((await dues(h, issue.id)).target).toBe('2026-12-08 11:00') // 12 h: 1 + 9 + 2
    h.time.passUntil(kst('2026-12-07 10:00'))
    h.drain()
    await h.call('issues.update', { id: issue.id, patch: { severity: 2 } })
    const d = await h.call('issues.get', { id: issue.id })
    expect(wall(d.targetDue)).toBe('2026-12-07 18:00') // 8 h from the change, landing on the closing
    expect(d.timeline.find((e) => e.kind === 'fieldChanged')?.data).toEqual({ field: 'severity', old: 3, new: 2, targetDue: { old: kst('2026-12-08 11:00'), new: kst('2026-12-07 18:00') } })
    h.time.passUntil(kst('2026-12-08 12:00'))
    expect(seen(h.drain().filter((a) => a.targets.includes('target')))).toEqual(['before 2026-12-07 18:00 target', 'at 2026-12-07 18:00 target'])
  })
})

describe('routing recorded at the case open, through the DST weeks', () => {
  it.each([
    ['2026-03-09 22:30', 'EMEA'], // New York on EDT since 03-08, Prague still CET: EMEA keeps the queue until 02:00
    ['2026-03-10 07:30', 'APJ'], // AMER closed at 07:00 KST (EDT): nobody on shift, APJ opens next
    ['2026-03-30 16:30', 'APJ'], // Prague on CEST opens 16:00 KST, but APJ is open
    ['2026-03-31 01:30', 'AMER'], // EMEA closed at 01:00 KST (CEST)
    ['2026-10-27 01:30', 'EMEA'], // Prague back on CET: EMEA until 02:00 KST
    ['2026-11-03 07:30', 'AMER'], // New York back on EST: AMER until 08:00 KST
    ['2026-12-05 07:59', 'AMER'], // Friday evening in New York is Saturday morning in Korea
  ])('a case opened %s KST is routed to %s', async (at, region) => {
    h = clockCore(at)
    const issue = await h.call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect((await h.call('issues.openCase', { id: issue.id, caseNumber: '07700008' })).routedRegion).toBe(region)
  })
})
