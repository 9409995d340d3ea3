import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

const said = (h: ClockHarness) => h.drain().map((a) => `${a.kind} ${a.title}`)

describe('snooze (10 / 60 min) re-alerts the issue later and is kept in its timeline', () => {
  it('snoozing an alert that just fired re-states it 10 minutes later, once, as of then (how long overdue, the current time)', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 11:00'))
    h.drain()
    await h.call('alerts.snooze', { issueId: issue.id, minutes: 10 })
    h.time.passUntil(kst('2026-11-25 11:09'))
    expect(said(h)).toEqual([])
    h.time.pass(MINUTE)
    const [again] = h.drain()
    expect([`${again.kind} ${again.title}`, again.dueAt]).toEqual(['now ACME · x · 즉시 케이스 오픈 (1시간 10분 초과)', kst('2026-11-25 11:10')])
    h.time.pass(2 * HOUR)
    expect(said(h)).toEqual([])
    const snoozed = (await h.call('issues.get', { id: issue.id })).timeline.filter((e) => e.kind === 'snoozed')
    expect(snoozed).toEqual([
      expect.objectContaining({ at: kst('2026-11-25 11:00'), data: { minutes: 10, until: kst('2026-11-25 11:10') } }),
    ])
  })

  it('alerts that fall inside the snooze are held and come merged when it ends', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:40'))
    await h.call('alerts.snooze', { issueId: issue.id, minutes: 60 })
    h.time.passUntil(kst('2026-11-25 11:39'))
    expect(said(h)).toEqual([])
    h.time.pass(MINUTE)
    expect(said(h)).toEqual(['at ACME · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (40분 초과)'])
  })

  it('refuses to snooze a resolved issue', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical' })
    await h.call('issues.resolve', { id: issue.id, at: kst('2026-11-25 10:00') })
    await expect(h.call('alerts.snooze', { issueId: issue.id, minutes: 10 })).rejects.toThrow(/rule/)
  })
})
