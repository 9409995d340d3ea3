import { describe, expect, it } from 'vitest'
import {
  createKoreanCalendar,
  nextDeadline,
  playbook,
  PlaybookSettingsSchema,
  type PlaybookInput,
  type PlaybookStep,
} from '../../../shared/domain'
import { kst, showKst } from './kstTime'

const cal = createKoreanCalendar()
// Tuesday 2026-03-24 10:00 KST: an ordinary week (no holidays until 2026-05-01).
const LOGGED = kst('2026-03-24 10:00')
const base: PlaybookInput = { track: 'general', loggedAt: LOGGED, steps: {} }

const byId = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, s]))
const dues = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, showKst(s.due)]))
const states = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, s.state]))

describe('general playbook due times', () => {
  it('G1 done at logging; G2 = logged + 1 business day; G3 = G2; G4 = G3 + 1 business day; G5 = G4', () => {
    expect(dues(playbook(base, cal))).toEqual({
      G1: '2026-03-24 10:00',
      G2: '2026-03-25 10:00',
      G3: '2026-03-25 10:00',
      G4: '2026-03-26 10:00',
      G5: '2026-03-26 10:00',
      G6: null,
      G7: null,
    })
    const g1 = byId(playbook(base, cal)).G1
    expect(g1.state).toBe('done')
    expect(g1.doneAt).toEqual(LOGGED)
  })

  it('1 business day is 9 business hours: G2 over a weekend and the 설날 holidays', () => {
    const steps = byId(playbook({ ...base, loggedAt: kst('2026-02-13 15:00') }, cal))
    expect(showKst(steps.G2.due)).toBe('2026-02-19 15:00')
  })

  it('G4 counts from the time G3 was done, if it was', () => {
    const steps = byId(
      playbook({ ...base, steps: { G3: { status: 'done', at: kst('2026-03-24 15:00') } } }, cal),
    )
    expect(showKst(steps.G4.due)).toBe('2026-03-25 15:00')
    expect(steps.G4.anchor).toBe('G3')
    expect(showKst(steps.G5.due)).toBe('2026-03-25 15:00')
  })

  it('G4 ending with "no fix" makes G5 due at once', () => {
    const at = kst('2026-03-25 11:20')
    const steps = byId(playbook({ ...base, steps: { G4: { status: 'done', at, noFix: true } } }, cal))
    expect(steps.G5.due).toEqual(at)
  })

  it('a "no fix" recorded after G4 was due leaves G5 at G4\'s due: at the latest at G4\'s due', () => {
    const g4Due = byId(playbook(base, cal)).G4.due!
    const late = new Date(g4Due.getTime() + 2 * 86_400_000)
    const steps = byId(playbook({ ...base, steps: { G4: { status: 'done', at: late, noFix: true } } }, cal, { now: late }))
    expect(steps.G5.due).toEqual(g4Due)
    expect(steps.G5.state).toBe('overdue')
  })

  it('G6 = case opened + 1 hour wall clock; G7 = case opened + 3 business days', () => {
    const caseOpenedAt = kst('2026-03-26 16:00')
    const steps = byId(playbook({ ...base, caseOpenedAt }, cal))
    expect(showKst(steps.G6.due)).toBe('2026-03-26 17:00')
    expect(showKst(steps.G7.due)).toBe('2026-03-31 16:00') // 2 h Thu + Fri + Mon + 7 h Tue
  })

  it('G6 stays wall clock even outside business hours', () => {
    const steps = byId(playbook({ ...base, caseOpenedAt: kst('2026-03-27 17:30') }, cal))
    expect(showKst(steps.G6.due)).toBe('2026-03-27 18:30')
  })

  it('G7 in calendar days when the setting says so', () => {
    const settings = PlaybookSettingsSchema.parse({ g7DayKind: 'calendar' })
    const steps = byId(playbook({ ...base, caseOpenedAt: kst('2026-03-26 16:00') }, cal, { settings }))
    expect(showKst(steps.G7.due)).toBe('2026-03-29 16:00')
  })

  it('step durations are settings', () => {
    const settings = PlaybookSettingsSchema.parse({
      g2SelfTroubleshootBusinessDays: 2,
      g4DistributorBusinessDays: 0.5,
      g6FormAfterCaseOpenMinutes: 30,
    })
    const d = dues(playbook({ ...base, caseOpenedAt: kst('2026-03-27 10:00') }, cal, { settings }))
    expect([d.G2, d.G4, d.G6]).toEqual(['2026-03-26 10:00', '2026-03-26 14:30', '2026-03-27 10:30'])
  })

  it('recording the case open marks G2–G5 done (derived) if still open', () => {
    const caseOpenedAt = kst('2026-03-25 09:30')
    const steps = playbook(
      { ...base, caseOpenedAt, steps: { G2: { status: 'skipped', at: kst('2026-03-24 11:00') } } },
      cal,
      { now: kst('2026-03-30 12:00') },
    )
    expect(states(steps)).toMatchObject({ G1: 'done', G2: 'skipped', G3: 'done', G4: 'done', G5: 'done' })
    expect(byId(steps).G3.doneAt).toEqual(caseOpenedAt)
  })

  it('G8 has no timer and is offered only once G7 is judged serious', () => {
    expect(playbook(base, cal).map((s) => s.id)).not.toContain('G8')
    const steps = playbook(
      { ...base, caseOpenedAt: kst('2026-03-25 09:30'), steps: { G7: { status: 'done', at: kst('2026-03-30 10:00'), serious: true } } },
      cal,
      { now: kst('2026-04-10 10:00') },
    )
    const g8 = byId(steps).G8
    expect(g8).toMatchObject({ due: null, state: 'pending', callRoles: ['veeamSe'] })
  })

  it('call steps name whom to call', () => {
    const roles = Object.fromEntries(playbook(base, cal).map((s) => [s.id, s.callRoles]))
    expect(roles.G3).toEqual(['distributor'])
    expect(roles.G2).toEqual([])
  })

  it('every step has Korean and English title and detail', () => {
    for (const s of playbook({ ...base, steps: { G7: { status: 'done', at: LOGGED, serious: true } } }, cal)) {
      expect(s.title.ko && s.title.en && s.detail.ko && s.detail.en, s.id).toBeTruthy()
    }
  })
})

describe('step state depends on now; due never does', () => {
  const g2 = (now?: Date) => byId(playbook(base, cal, { now })).G2

  it('pending before due, "due" within the due minute, overdue after', () => {
    expect(g2(kst('2026-03-25 09:59:59')).state).toBe('pending')
    expect(g2(kst('2026-03-25 10:00')).state).toBe('due')
    expect(g2(kst('2026-03-25 10:00:59.999')).state).toBe('due')
    expect(g2(kst('2026-03-25 10:01')).state).toBe('overdue')
    expect(g2(undefined).state).toBe('pending')
  })

  it('the same issue gives the same due times at any now', () => {
    expect(dues(playbook(base, cal, { now: kst('2026-03-24 10:00') }))).toEqual(
      dues(playbook(base, cal, { now: kst('2027-01-01 00:00') })),
    )
  })

  it('done and skipped steps keep their state whatever the time', () => {
    const steps = byId(playbook({ ...base, steps: { G2: { status: 'done', at: kst('2026-03-24 12:00') } } }, cal, { now: kst('2026-04-30 10:00') }))
    expect(steps.G2.state).toBe('done')
    expect(steps.G3.state).toBe('overdue')
  })
})

describe('reopening restarts the clocks from reopenedAt', () => {
  it('case-anchored steps count from the reopening', () => {
    const issue: PlaybookInput = {
      ...base,
      caseOpenedAt: kst('2026-03-26 16:00'),
      reopenedAt: kst('2026-04-06 10:00'),
    }
    const steps = byId(playbook(issue, cal))
    expect(showKst(steps.G6.due)).toBe('2026-04-06 11:00')
    expect(showKst(steps.G7.due)).toBe('2026-04-09 10:00')
    expect(steps.G7.anchor).toBe('reopenedAt')
  })

  it('logged-anchored steps count from the reopening when no case was opened', () => {
    const steps = byId(playbook({ ...base, reopenedAt: kst('2026-04-06 10:00') }, cal))
    expect(showKst(steps.G2.due)).toBe('2026-04-07 10:00')
    expect(steps.G2.anchor).toBe('reopenedAt')
  })
})

describe('nextDeadline', () => {
  it('is the earliest due of steps still open', () => {
    expect(showKst(nextDeadline(playbook(base, cal)))).toBe('2026-03-25 10:00')
    const withCase = playbook({ ...base, caseOpenedAt: kst('2026-03-25 09:30') }, cal)
    expect(showKst(nextDeadline(withCase))).toBe('2026-03-25 10:30') // G6
  })

  it('is null when every timed step is done or skipped', () => {
    const at = kst('2026-03-25 09:30')
    const steps = playbook(
      { ...base, caseOpenedAt: at, steps: { G6: { status: 'done', at }, G7: { status: 'skipped', at } } },
      cal,
    )
    expect(nextDeadline(steps)).toBeNull()
  })
})
