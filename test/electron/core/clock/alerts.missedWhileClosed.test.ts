import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

describe('deadlines that passed while the app was closed are reported once at the next start', () => {
  it('one summary alert, the list for the dashboard, a breach in each timeline; nothing twice, nothing skipped', async () => {
    h = clockCore('2026-11-25 10:00')
    const a = await h.call('issues.create', { title: 'DB 다운', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.pass(10 * MINUTE)
    const b = await h.call('issues.create', { title: 'PoC 장애', track: 'sales', customerName: 'BETA', renewal: 'basic' })
    h.drain()
    await h.restartAfter(3 * HOUR) // closed 10:10 → 13:10: both C5 deadlines (11:00, 11:10) passed
    expect(h.drain()).toEqual([
      {
        key: `missed|${kst('2026-11-25 13:10')}`,
        issueId: a.id,
        kind: 'missed',
        dueAt: kst('2026-11-25 11:00'),
        title: '앱이 꺼져 있는 동안 지난 마감 2건',
        body: 'ACME · DB 다운 1시간 내 총판 엔지니어·Veeam SE 전화 11:00 · BETA · PoC 장애 1시간 내 총판 엔지니어·Veeam SE 전화 11:10',
        targets: ['C5'],
      },
    ])
    expect(await h.call('alerts.missed', {})).toEqual([
      { issueId: a.id, customerName: 'ACME', title: 'DB 다운', target: 'C5', targetLabel: '1시간 내 총판 엔지니어·Veeam SE 전화', dueAt: kst('2026-11-25 11:00') },
      { issueId: b.id, customerName: 'BETA', title: 'PoC 장애', target: 'C5', targetLabel: '1시간 내 총판 엔지니어·Veeam SE 전화', dueAt: kst('2026-11-25 11:10') },
    ])
    const timeline = (await h.call('issues.get', { id: a.id })).timeline
    expect(timeline.filter((e) => e.kind === 'deadlineMissed')).toEqual([
      expect.objectContaining({ at: kst('2026-11-25 11:00'), data: { target: 'C5', stepId: 'C5', dueAt: kst('2026-11-25 11:00') } }),
    ])
    h.time.pass(HOUR)
    expect(h.drain()).toEqual([])

    await h.restartAfter(HOUR)
    expect(h.drain()).toEqual([])
    expect(await h.call('alerts.missed', {})).toEqual([])
  })

  it('a deadline still ahead at start keeps its "before" alert, with the minutes really left', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:40'))
    await h.restartAfter(10 * MINUTE)
    expect(h.drain().map((a) => `${a.kind} ${a.title}`)).toEqual(['before ACME · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (10분 남음)'])
    expect(await h.call('alerts.missed', {})).toEqual([])
  })

  it('the summary is in English when the language is en', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.settings((s) => (s.language = 'en'))
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    await h.restartAfter(26 * HOUR)
    expect(h.drain().map((a) => [a.title, a.body])).toEqual([
      ['1 deadline passed while the app was closed', 'ACME · x Phone the distributor and Veeam SE within 1 hour 11/25(Wed) 11:00'],
    ])
  })
})
