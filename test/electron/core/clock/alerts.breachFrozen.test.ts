import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, kst, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

describe('a passed deadline is frozen: its breach is recorded in the timeline with the due time it had', () => {
  it('records C5 missed at 11:00 once; a later setting change does not erase it and the new deadline is its own', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 11:05'))
    await h.settings((s) => (s.domain.playbook.c5CallWithinMinutes.critical = 120)) // C5 → 12:00
    h.time.passUntil(kst('2026-11-25 12:30'))
    const missed = (await h.call('issues.get', { id: issue.id })).timeline.filter((e) => e.kind === 'deadlineMissed')
    expect(missed.map((e) => e.data)).toEqual([
      { target: 'C5', stepId: 'C5', dueAt: kst('2026-11-25 12:00') },
      { target: 'C5', stepId: 'C5', dueAt: kst('2026-11-25 11:00') },
    ])
  })

  it('steps due at logging ("지금") are prompts, not breaches', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'critical' })
    const timeline = (await h.call('issues.get', { id: issue.id })).timeline
    expect(timeline.map((e) => e.kind)).toEqual(['created'])
  })

  it('a deadline already past when it appears (case open entered after the fact) alerts "지금" and is recorded as missed', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'production' })
    h.time.passUntil(kst('2026-11-25 11:30'))
    h.drain()
    await h.call('issues.openCase', { id: issue.id, caseNumber: '0771', at: kst('2026-11-25 10:10') }) // G6 due 11:10: already past
    expect(h.drain().filter((a) => a.targets.includes('G6')).map((a) => [a.kind, a.dueAt])).toContainEqual(['now', kst('2026-11-25 11:10')])
    const missed = (await h.call('issues.get', { id: issue.id })).timeline.filter((e) => e.kind === 'deadlineMissed')
    expect(missed.map((e) => e.data)).toContainEqual({ target: 'G6', stepId: 'G6', dueAt: kst('2026-11-25 11:10') })
  })

  it('the target response breach is recorded too', async () => {
    h = clockCore('2026-11-25 10:00')
    const issue = await h.call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'production', severity: 2 })
    await h.call('issues.openCase', { id: issue.id, caseNumber: '07700001', at: kst('2026-11-25 10:00') })
    h.drain()
    h.time.passUntil(kst('2026-11-25 12:45'))
    expect(h.drain().map((a) => `${a.kind} ${a.title}`)).toEqual([
      'before ACME · x · 등록양식 작성·제출 (15분 남음)', // G6: case open + 60 min
      'at ACME · x · 등록양식 작성·제출 (마감)',
      'before ACME · x · 목표 응답 시간 (15분 남음)', // Sev2 Production: 3 h
    ])
    h.time.passUntil(kst('2026-11-25 13:00'))
    const missed = (await h.call('issues.get', { id: issue.id })).timeline.filter((e) => e.kind === 'deadlineMissed')
    expect(missed.map((e) => e.data)).toEqual([
      { target: 'target', dueAt: kst('2026-11-25 13:00') },
      { target: 'G6', stepId: 'G6', dueAt: kst('2026-11-25 11:00') },
    ])
  })
})
