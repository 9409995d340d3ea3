import { describe, expect, it } from 'vitest'
import { createKoreanCalendar, nextDeadline, playbook, PlaybookSettingsSchema, type PlaybookStep } from '../../../shared/domain'
import { kst, showKst } from './kstTime'

const cal = createKoreanCalendar()
// Saturday 03:00 KST: the immediate playbook ignores business hours.
const LOGGED = kst('2026-03-28 03:00')
const byId = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, s]))
const dues = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, showKst(s.due)]))

describe('immediate playbook for critical and sales-deal issues', () => {
  it('C1 done; C2–C4 due at logging; C5 one hour later (wall clock, 24/7); C6 ongoing', () => {
    for (const track of ['critical', 'sales'] as const) {
      expect(dues(playbook({ track, loggedAt: LOGGED, steps: {} }, cal))).toEqual({
        C1: '2026-03-28 03:00',
        C2: '2026-03-28 03:00',
        C3: '2026-03-28 03:00',
        C4: '2026-03-28 03:00',
        C5: '2026-03-28 04:00',
        C6: null,
      })
    }
    expect(byId(playbook({ track: 'critical', loggedAt: LOGGED, steps: {} }, cal)).C1.state).toBe('done')
  })

  it('C3 is due at the case opening once it is recorded, and the case open marks C2 done', () => {
    const caseOpenedAt = kst('2026-03-28 03:20')
    const steps = byId(playbook({ track: 'critical', loggedAt: LOGGED, caseOpenedAt, steps: {} }, cal, { now: caseOpenedAt }))
    expect(steps.C3.due).toEqual(caseOpenedAt)
    expect(steps.C2).toMatchObject({ state: 'done', doneAt: caseOpenedAt })
    expect(steps.C4.state).toBe('overdue')
  })

  it('C5 calls both the distributor engineer and the Veeam SE; C6 works with the SE', () => {
    const steps = byId(playbook({ track: 'sales', loggedAt: LOGGED, steps: {} }, cal))
    expect(steps.C5.callRoles).toEqual(['distributor', 'veeamSe'])
    expect(steps.C6.callRoles).toEqual(['veeamSe'])
  })

  it('the C5 limit is a per-track setting', () => {
    const settings = PlaybookSettingsSchema.parse({ c5CallWithinMinutes: { sales: 30 } })
    expect(showKst(byId(playbook({ track: 'sales', loggedAt: LOGGED, steps: {} }, cal, { settings })).C5.due)).toBe('2026-03-28 03:30')
    expect(showKst(byId(playbook({ track: 'critical', loggedAt: LOGGED, steps: {} }, cal, { settings })).C5.due)).toBe('2026-03-28 04:00')
  })

  it('a step due at logging is "due" in its first minute and overdue after', () => {
    const at = (now: string) => byId(playbook({ track: 'critical', loggedAt: LOGGED, steps: {} }, cal, { now: kst(now) })).C2.state
    expect(at('2026-03-28 03:00:30')).toBe('due')
    expect(at('2026-03-28 03:05')).toBe('overdue')
  })

  it('C6 is ongoing: pending without a timer, never the next deadline', () => {
    const t = kst('2026-03-28 03:10')
    const done = { status: 'done' as const, at: t }
    const steps = playbook({ track: 'critical', loggedAt: LOGGED, steps: { C2: done, C3: done, C4: done, C5: done } }, cal, { now: t })
    expect(byId(steps).C6.state).toBe('pending')
    expect(nextDeadline(steps)).toBeNull()
  })

  it('reopening restarts the immediate clocks from reopenedAt', () => {
    const reopenedAt = kst('2026-04-02 14:00')
    const d = dues(playbook({ track: 'critical', loggedAt: LOGGED, reopenedAt, steps: {} }, cal))
    expect([d.C2, d.C4, d.C5]).toEqual(['2026-04-02 14:00', '2026-04-02 14:00', '2026-04-02 15:00'])
    expect(d.C1).toBe('2026-03-28 03:00')
  })
})
