import { afterEach, describe, expect, it } from 'vitest'
import { issueDeadlines } from '../../../../shared/schedule/issueDeadlines'
import { TARGET_RESPONSE } from '../../../../shared/schedule/alertPlan'
import { clockCore, HOUR, kst, type ClockHarness } from './clockCore'

// The clock recomputes every open issue from memory when a setting changes, through the playbook's
// timing rules directly (no step objects). Whatever it keeps must equal what the full playbook says
// for the same issue, read fresh from the file — after each kind of change, and after a restart.

let h: ClockHarness
afterEach(() => h?.close())

/** Each open issue's pending deadlines as the full playbook computes them from the stored rows. */
function fromPlaybook(): Map<number, string[]> {
  const { store, rules } = h.core
  const out = new Map<number, string[]>()
  for (const issue of store.issues.openIssues()) {
    const d = issueDeadlines(issue, store.issues.stepStates(issue.id), rules.get(), h.wall.now())
    const list = d.steps.filter((s) => s.due && s.state !== 'done' && s.state !== 'skipped').map((s) => `${s.id}@${s.due!.toISOString()}`)
    if (d.targetDue) list.push(`${TARGET_RESPONSE}@${d.targetDue.toISOString()}`)
    out.set(issue.id, list)
  }
  return out
}

/** The same as the running clock keeps them. */
function fromClock(): Map<number, string[]> {
  return new Map(h.core.clock.trayIssues().map((t) => [t.id, t.deadlines.map((d) => `${d.target}@${d.due}`)]))
}

/** Issues of every shape, logged at 09:00; what happened to them is recorded at 16:00, with earlier times. */
async function seedEveryShape(): Promise<void> {
  const make = async (title: string, track: 'general' | 'critical' | 'sales', renewal: 'basic' | 'production', severity: 1 | 2 | 3 | 4 = 3) =>
    (await h.call('issues.create', { title, track, renewal, severity, customerName: 'ACME' })).id
  await make('plain general, basic', 'general', 'basic')
  await make('plain general, production', 'general', 'production')
  await make('critical', 'critical', 'production', 2)
  await make('sales deal', 'sales', 'basic')
  const opened = await make('case opened (basic)', 'general', 'basic', 2)
  const g3 = await make('G3 phoned', 'general', 'basic')
  const noFix = await make('G4 no fix', 'general', 'production')
  const skipped = await make('C5 skipped', 'critical', 'basic')
  const reopened = await make('reopened after a case', 'general', 'basic', 3)
  h.wall.advance(7 * HOUR)
  await h.call('issues.openCase', { id: opened, caseNumber: '07700001', at: kst('2026-11-25 11:00') })
  await h.call('steps.mark', { issueId: g3, stepId: 'G3', status: 'done', at: kst('2026-11-25 12:00') })
  await h.call('steps.mark', { issueId: noFix, stepId: 'G4', status: 'done', at: kst('2026-11-25 13:00'), noFix: true })
  await h.call('steps.mark', { issueId: skipped, stepId: 'C5', status: 'skipped', at: kst('2026-11-25 09:30'), note: '통화 불가' })
  await h.call('issues.openCase', { id: reopened, caseNumber: '07700002', at: kst('2026-11-25 10:30') })
  await h.call('issues.resolve', { id: reopened, at: kst('2026-11-25 14:00') })
  await h.call('issues.reopen', { id: reopened, at: kst('2026-11-25 15:00') })
}

describe('the clock recomputing from memory agrees with the full playbook', () => {
  it('after each kind of settings change, and after a restart', async () => {
    h = clockCore('2026-11-25 09:00') // Wednesday
    await seedEveryShape()
    expect(fromClock().size).toBe(9)
    expect(fromClock()).toEqual(fromPlaybook())

    const changes: ((s: Parameters<Parameters<ClockHarness['settings']>[0]>[0]) => void)[] = [
      (s) => void (s.domain.playbook.g2SelfTroubleshootBusinessDays = 2),
      (s) => void (s.domain.playbook.g4DistributorBusinessDays = 3),
      (s) => void (s.domain.calendar.close = '17:30'),
      (s) => void (s.domain.playbook.g7DayKind = 'calendar'),
      (s) => void (s.domain.playbook.c5CallWithinMinutes.critical = 30),
      (s) => void (s.domain.targets.basic[2] = 12),
      (s) => void s.domain.calendar.addedHolidays.push('2026-11-26'),
    ]
    for (const change of changes) {
      const before = fromClock()
      await h.settings(change)
      const after = fromClock()
      expect(after).toEqual(fromPlaybook())
      expect(after).not.toEqual(before) // each change moved something: the comparison is not vacuous
    }

    await h.restartAfter(HOUR)
    expect(fromClock()).toEqual(fromPlaybook())
  })
})
