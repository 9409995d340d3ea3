import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, kst, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

const closing = (h: ClockHarness) => h.drain().filter((a) => a.kind === 'closingSoon')

describe('Basic coverage closing soon: one warning before 18:00 KST while a Basic issue waits for a first response', () => {
  it('warns once at 17:30 on a business day, not again after a restart, and again the next business day', async () => {
    h = clockCore('2026-11-27 14:00') // Friday
    const issue = await h.call('issues.create', { title: '복구 질문', track: 'general', customerName: 'BETA', renewal: 'basic' })
    await h.call('issues.openCase', { id: issue.id, caseNumber: '07700001', at: kst('2026-11-27 14:00') })
    h.time.passUntil(kst('2026-11-27 17:29'))
    expect(closing(h)).toEqual([])
    h.time.passUntil(kst('2026-11-27 17:30'))
    expect(closing(h)).toEqual([
      {
        key: `closingSoon|${kst('2026-11-27 18:00')}`,
        issueId: issue.id,
        kind: 'closingSoon',
        dueAt: kst('2026-11-27 18:00'),
        title: 'Basic 지원 종료 30분 전 (18:00)',
        body: '첫 응답을 기다리는 Basic 이슈 1건: BETA · 복구 질문 — 종료 후에는 다음 업무 시간(11/30(월) 09:00)까지 대기합니다.',
        targets: ['closingSoon'],
      },
    ])
    await h.restartAfter(10 * 60_000)
    h.time.passUntil(kst('2026-11-29 23:00')) // the weekend: nothing
    expect(closing(h)).toEqual([])
    h.time.passUntil(kst('2026-11-30 17:30'))
    expect(closing(h).map((a) => a.dueAt)).toEqual([kst('2026-11-30 18:00')])
  })

  it('says nothing when only Production issues are open or the Basic issue has its first response', async () => {
    h = clockCore('2026-11-25 10:00')
    await h.call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'production' })
    const basic = await h.call('issues.create', { title: 'y', track: 'general', customerName: 'BETA', renewal: 'basic' })
    await h.call('issues.openCase', { id: basic.id, caseNumber: '07700001', at: kst('2026-11-25 10:00') })
    await h.call('issues.firstResponse', { id: basic.id, at: kst('2026-11-25 10:00') })
    h.time.passUntil(kst('2026-11-25 18:00'))
    expect(closing(h)).toEqual([])
  })

  it('warns at once when a Basic issue is logged inside the window, and the minutes are a setting', async () => {
    h = clockCore('2026-11-25 17:00')
    await h.settings((s) => (s.domain.alerts.closingSoonMinutes = 60))
    h.time.pass(HOUR / 2)
    const basic = await h.call('issues.create', { title: 'y', track: 'general', customerName: 'BETA', renewal: 'basic' })
    expect(closing(h)).toEqual([]) // no case open yet: nothing waits at Veeam
    await h.call('issues.openCase', { id: basic.id, caseNumber: '07700001', at: kst('2026-11-25 17:30') })
    expect(closing(h).map((a) => a.title)).toEqual(['Basic 지원 종료 30분 전 (18:00)'])
  })

  it('counts only Basic issues with a case open and no first response, names each once by title, and is withdrawn once none waits', async () => {
    h = clockCore('2026-11-25 17:00')
    const withdrawn: string[][] = []
    h.core.hub.onEvent('alertsWithdrawn', ({ keys }) => withdrawn.push(keys))
    const a = await h.call('issues.create', { title: '복구 지연', track: 'general', customerName: '서울정밀', renewal: 'basic' })
    const b = await h.call('issues.create', { title: '백업 실패', track: 'general', customerName: '서울정밀', renewal: 'basic' })
    await h.call('issues.create', { title: '케이스 없음', track: 'general', customerName: '서울정밀', renewal: 'basic' })
    await h.call('issues.openCase', { id: a.id, caseNumber: '07700001', at: kst('2026-11-25 17:00') })
    await h.call('issues.openCase', { id: b.id, caseNumber: '07700002', at: kst('2026-11-25 17:00') })
    h.time.passUntil(kst('2026-11-25 17:30'))
    const [warning] = closing(h)
    expect(warning.body).toBe('첫 응답을 기다리는 Basic 이슈 2건: 서울정밀 · 복구 지연, 서울정밀 · 백업 실패 — 종료 후에는 다음 업무 시간(내일 09:00)까지 대기합니다.')
    await h.call('issues.firstResponse', { id: a.id, at: kst('2026-11-25 17:31') })
    expect(withdrawn).toEqual([])
    await h.call('issues.resolve', { id: b.id, at: kst('2026-11-25 17:31') })
    expect(withdrawn).toContainEqual([warning.key])
  })
})
