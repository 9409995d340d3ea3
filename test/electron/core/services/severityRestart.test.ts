import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from '../testCore'

let current: ReturnType<typeof testCore> | null = null
afterEach(() => current?.core.close())

describe('a severity changed before the first response restarts the target clock', () => {
  it('raises Sev2 → Sev1 one hour after the case open: due 1 h after the raise, both dues in the timeline, the due kept with the response', async () => {
    current = testCore('2026-11-25T01:00:00.000Z')
    const { call, clock } = current
    const se = await call('contacts.save', { name: '이SE', role: 'veeamSe', phone: '010-3333-4444' })
    const issue = await call('issues.create', { title: 'DB 서버 중단', track: 'critical', severity: 2, renewal: 'production' })
    await call('issues.openCase', { id: issue.id, caseNumber: '07712345', at: '2026-11-25T01:00:00.000Z' })
    expect((await call('issues.get', { id: issue.id })).targetDue).toBe('2026-11-25T04:00:00.000Z') // Sev2 Production: 3 h

    clock.set('2026-11-25T02:00:00.000Z')
    await call('issues.update', { id: issue.id, patch: { severity: 1, sev1ConsultedSeId: se.id } })
    const raised = await call('issues.get', { id: issue.id })
    // Not 02:00 (1 h from the case open, already past): 1 h from the raise.
    expect(raised.targetDue).toBe('2026-11-25T03:00:00.000Z')
    expect(raised.issue.severityChangedAt).toBe('2026-11-25T02:00:00.000Z')
    const change = raised.timeline.find((e) => e.kind === 'fieldChanged' && e.data.field === 'severity')
    expect(change?.data).toEqual({ field: 'severity', old: 2, new: 1, targetDue: { old: '2026-11-25T04:00:00.000Z', new: '2026-11-25T03:00:00.000Z' } })

    clock.set('2026-11-25T02:40:00.000Z')
    await call('issues.firstResponse', { id: issue.id, at: '2026-11-25T02:30:00.000Z' })
    const answered = await call('issues.get', { id: issue.id })
    expect(answered.timeline.find((e) => e.kind === 'firstResponse')?.data).toEqual({ dueAt: '2026-11-25T03:00:00.000Z' })
  })

  it('does not restart anything when the severity changes before the case is open or after the response', async () => {
    current = testCore('2026-11-25T01:00:00.000Z')
    const { call, clock } = current
    const issue = await call('issues.create', { title: '백업 실패', track: 'general', severity: 3, renewal: 'production' })
    await call('issues.update', { id: issue.id, patch: { severity: 2 } })
    await call('issues.openCase', { id: issue.id, caseNumber: '07700001', at: '2026-11-25T01:00:00.000Z' })
    expect((await call('issues.get', { id: issue.id })).targetDue).toBe('2026-11-25T04:00:00.000Z')
    clock.set('2026-11-25T01:30:00.000Z')
    await call('issues.firstResponse', { id: issue.id, at: '2026-11-25T01:30:00.000Z' })
    await call('issues.update', { id: issue.id, patch: { severity: 4 } })
    const detail = await call('issues.get', { id: issue.id })
    expect(detail.issue.severityChangedAt).toBeNull()
    expect(detail.targetDue).toBeNull()
  })
})
