import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, kst, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

describe('alerts of one issue due at the same instant merge into one notification', () => {
  it('C2–C4, due when the issue is logged, alert once, at once, as "지금" — never as "before"; C5 (call within the hour) is in the same alert', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'DB 서버 다운', track: 'critical', customerName: 'ACME', renewal: 'production' })
    expect(h.drain()).toEqual([
      {
        key: `${issue.id}|C2+C3+C4+C5|now|${kst('2026-11-25 10:00')}`,
        issueId: issue.id,
        kind: 'now',
        dueAt: kst('2026-11-25 10:00'),
        title: 'ACME · DB 서버 다운 · 즉시 케이스 오픈 외 3건 (지금)',
        body: '즉시 케이스 오픈 · 즉시 등록양식 제출 · 즉시 트러블슈팅 · 1시간 내 총판 엔지니어·Veeam SE 전화 — 총판 엔지니어 연락처 없음 · Veeam SE 연락처 없음',
        targets: ['C2', 'C3', 'C4', 'C5'],
      },
    ])
    h.time.passUntil(kst('2026-11-25 10:44'))
    expect(h.drain()).toEqual([])
  })

  it('G2 and G3, due at the same instant, alert as one notification that leads with the call', async () => {
    h = clockCore('2026-11-25 10:00') // Wednesday: G2 = G3 = Thursday 10:00 (1 business day)
    await h.contacts()
    await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-11-26 09:45'))
    expect(h.drain().map((a) => [a.kind, a.title, a.body, a.targets])).toEqual([
      [
        'before',
        'ACME · 백업 실패 · 총판 엔지니어에게 전화 외 1건 (15분 남음)',
        '총판 엔지니어에게 전화 · 자체 트러블슈팅 (1일) — 홍길동 010-1234-5678',
        ['G3', 'G2'],
      ],
    ])
  })
  it('deadlines owed at the same moment but due at different instants stay separate notifications', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.settings((s) => (s.domain.playbook.g6FormAfterCaseOpenMinutes = 45)) // G6 at 10:45; Sev3 target 6 h
    const issue = await h.call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'production', severity: 2 })
    await h.call('issues.openCase', { id: issue.id, caseNumber: '0771', at: kst('2026-11-25 10:00') })
    h.drain()
    await h.settings((s) => (s.domain.alerts.leadMinutes = 15))
    await h.settings((s) => (s.domain.targets.production[2] = 1)) // target at 11:00: its "before" is 10:45 too
    h.time.passUntil(kst('2026-11-25 10:44'))
    h.drain() // G6's own "before", at 10:30
    h.time.passUntil(kst('2026-11-25 10:45'))
    expect(h.drain().map((a) => [a.kind, a.dueAt, a.targets])).toEqual([
      ['at', kst('2026-11-25 10:45'), ['G6']],
      ['before', kst('2026-11-25 11:00'), ['target']],
    ])
  })
})

describe('a "before" whose time already passed when the deadline appeared is not sent as "before"', () => {
  it('C5 due 10 minutes after logging (lead 15) alerts only at its due time', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.settings((s) => (s.domain.playbook.c5CallWithinMinutes.critical = 10))
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.drain()
    h.time.passUntil(kst('2026-11-25 10:09'))
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-11-25 10:10'))
    expect(h.drain().map((a) => [a.kind, a.title])).toEqual([['at', 'ACME · x · 10분 내 총판 엔지니어·Veeam SE 전화 (마감)']])
  })

  it('a deadline moved so close that its "before" time passed alerts at its due time only', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:20'))
    h.drain()
    await h.settings((s) => (s.domain.playbook.c5CallWithinMinutes.critical = 30)) // C5 → 10:30, before would be 10:15
    h.time.passUntil(kst('2026-11-25 10:29'))
    expect(h.drain()).toEqual([])
    h.time.passUntil(kst('2026-11-25 10:30'))
    expect(h.drain().map((a) => a.kind)).toEqual(['at'])
  })

  it('a deadline moved into the past alerts once, at once, as "지금"', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 10:40'))
    h.drain()
    await h.settings((s) => (s.domain.playbook.c5CallWithinMinutes.critical = 30)) // C5 → 10:30, already past
    expect(h.drain().map((a) => [a.kind, a.title])).toEqual([['now', 'ACME · x · 30분 내 총판 엔지니어·Veeam SE 전화 (지금)']])
    h.time.passUntil(kst('2026-11-25 12:00'))
    expect(h.drain()).toEqual([])
  })
})
