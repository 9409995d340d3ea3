import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

const titles = (h: ClockHarness) => h.drain().map((a) => `${a.kind} ${a.title}`)

describe('a deadline that does not move never alerts twice, across restarts', () => {
  it('the before alert is not repeated after a restart, and the at alert comes once', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:46'))
    expect(titles(h)).toEqual(['now ACME · x · 즉시 케이스 오픈 외 3건 (지금)', 'before ACME · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (15분 남음)'])
    await h.restartAfter(4 * MINUTE)
    expect(titles(h)).toEqual([])
    h.time.passUntil(kst('2026-11-25 11:00'))
    expect(titles(h)).toEqual(['at ACME · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (마감)'])
    await h.restartAfter(HOUR)
    h.time.pass(24 * HOUR)
    expect(titles(h)).toEqual([])
    expect(await h.call('alerts.missed', {})).toEqual([])
  })

  it('a settings change that moves no deadline sends nothing again', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:50'))
    h.drain()
    await h.settings((s) => (s.partner.engineer = '김파트너'))
    await h.settings((s) => (s.domain.calendar.addedHolidays = ['2026-11-25'])) // C5 is wall-clock: unmoved
    expect(h.drain()).toEqual([])
  })
})

describe('a deadline that moves alerts anew exactly once', () => {
  it('C5 moved from 11:00 to 11:30 by a setting alerts before and at its new time, once each', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:50'))
    h.drain()
    await h.settings((s) => (s.domain.playbook.c5CallWithinMinutes.critical = 90))
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-11-25 11:15'))
    expect(titles(h)).toEqual(['before ACME · x · 1시간 30분 내 총판 엔지니어·Veeam SE 전화 (15분 남음)'])
    await h.restartAfter(MINUTE)
    h.time.passUntil(kst('2026-11-25 11:30'))
    expect(titles(h)).toEqual(['at ACME · x · 1시간 30분 내 총판 엔지니어·Veeam SE 전화 (마감)'])
    h.time.pass(48 * HOUR)
    expect(titles(h)).toEqual([])
  })

  it('a step marked done stops alerting; reopened, its unchanged deadline does not alert twice', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:46'))
    h.drain()
    await h.call('steps.mark', { issueId: issue.id, stepId: 'C5', status: 'done', at: kst('2026-11-25 10:46') })
    h.time.passUntil(kst('2026-11-25 10:50'))
    await h.call('steps.mark', { issueId: issue.id, stepId: 'C5', status: 'open', at: kst('2026-11-25 10:50') })
    h.time.passUntil(kst('2026-11-25 11:00'))
    expect(titles(h)).toEqual(['at ACME · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (마감)'])
    h.time.passUntil(kst('2026-11-25 11:02'))
    await h.call('steps.mark', { issueId: issue.id, stepId: 'C5', status: 'done', at: kst('2026-11-25 11:01') })
    await h.call('issues.resolve', { id: issue.id, at: kst('2026-11-25 11:02') })
    h.time.pass(48 * HOUR)
    expect(titles(h)).toEqual([])
  })
})
