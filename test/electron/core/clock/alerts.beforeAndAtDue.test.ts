import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, kst, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

describe('every due step alerts before (lead time) and at its due time', () => {
  it('C5 alerts 15 minutes before and at 11:00, naming the customer, the step and whom to call', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.contacts()
    const issue = await h.call('issues.create', { title: 'DB 서버 다운', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain() // the "지금" alert for C2–C4 (see alerts.mergeAndNow)

    h.time.passUntil(kst('2026-11-25 10:44'))
    expect(h.drain()).toEqual([])
    h.time.pass(MINUTE)
    expect(h.drain()).toEqual([
      {
        key: `${issue.id}|C5|before|${kst('2026-11-25 11:00')}`,
        issueId: issue.id,
        kind: 'before',
        dueAt: kst('2026-11-25 11:00'),
        title: 'ACME · DB 서버 다운 · 1시간 내 총판 엔지니어·Veeam SE 전화 (15분 남음)',
        body: '총판 엔지니어와 Veeam Korea SE에게 1시간 안에 전화합니다. — 홍길동 010-1234-5678 · 이SE 010-3333-4444',
        targets: ['C5'],
      },
    ])
    h.time.passUntil(kst('2026-11-25 11:00'))
    expect(h.drain().map((a) => [a.kind, a.title])).toEqual([['at', 'ACME · DB 서버 다운 · 1시간 내 총판 엔지니어·Veeam SE 전화 (마감)']])
  })

  it('arms one timer only: the earliest pending alert across all issues', async () => {
    h = clockCore('2026-11-25 10:00')
    for (let i = 0; i < 5; i++) {
      await h.call('issues.create', { title: `이슈 ${i}`, track: 'critical' })
      h.time.pass(MINUTE)
    }
    expect(h.time.pending()).toBe(1)
    expect(h.core.clock.armedAt?.toISOString()).toBe(kst('2026-11-25 10:45')) // the first issue's C5 "before"
  })

  it('the lead time is a setting', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.settings((s) => (s.domain.alerts.leadMinutes = 30))
    await h.call('issues.create', { title: 'x', track: 'sales', customerName: 'BETA', renewal: 'basic' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:30'))
    expect(h.drain().map((a) => a.title)).toEqual(['BETA · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (30분 남음)'])
  })

  it('a lead time changed after logging moves the before alert of issues whose deadlines did not move', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'sales', customerName: 'BETA', renewal: 'basic' })
    h.drain()
    expect(h.core.clock.armedAt?.toISOString()).toBe(kst('2026-11-25 10:45'))
    await h.settings((s) => (s.domain.alerts.leadMinutes = 30)) // C5 stays due at 11:00
    expect(h.core.clock.armedAt?.toISOString()).toBe(kst('2026-11-25 10:30'))
    h.time.passUntil(kst('2026-11-25 10:30'))
    expect(h.drain().map((a) => a.title)).toEqual(['BETA · x · 1시간 내 총판 엔지니어·Veeam SE 전화 (30분 남음)'])
  })

  it('speaks English when the language setting is en', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.contacts()
    await h.settings((s) => (s.language = 'en'))
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:45'))
    expect(h.drain().map((a) => [a.title, a.body])).toEqual([
      [
        'ACME · x · Phone the distributor and Veeam SE within 1 hour (15 min left)',
        'Phone the distributor engineer and the Veeam Korea SE within one hour. — 홍길동 010-1234-5678 · 이SE 010-3333-4444',
      ],
    ])
  })
})
