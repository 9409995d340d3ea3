import { afterEach, describe, expect, it, vi } from 'vitest'

// Every caller of the deadline engine goes through this wrapper, so the test counts the computations.
const computed = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../../shared/schedule/issueDeadlines', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../shared/schedule/issueDeadlines')>()
  return {
    ...real,
    issueDeadlines: (...args: Parameters<typeof real.issueDeadlines>) => {
      computed.count++
      return real.issueDeadlines(...args)
    },
  }
})

const { clockCore, kst } = await import('./clock/clockCore')
type Harness = ReturnType<typeof clockCore>

let h: Harness | null = null
afterEach(async () => h?.close())

describe('one quick-log: one request, one deadline computation, the reply carries the first thing to do', () => {
  it('creating an issue (clock running) computes its deadlines once and replies with C5 and its due time', async () => {
    h = clockCore('2026-11-25 10:00')
    computed.count = 0
    const created = await h.call('issues.create', { title: 'DB 서버 다운', track: 'critical', customerName: 'ACME', renewal: 'production' })
    expect(computed.count).toBe(1)
    expect(created.firstStep).toMatchObject({ id: 'C5', due: kst('2026-11-25 11:00') })
    expect(created.firstStep?.title.ko).toContain('1시간 내')
    // The clock knows it without reading it back: it is in the tray and alerted at once.
    expect(h.core.clock.trayIssues().map((i) => i.id)).toEqual([created.id])
    expect(h.drain().map((a) => a.targets)).toEqual([['C2', 'C3', 'C4', 'C5']])
  })

  it('the general track starts with G2 (self-troubleshooting, one business day)', async () => {
    h = clockCore('2026-11-25 10:00')
    const created = await h.call('issues.create', { title: '복구 질문', track: 'general', customerName: 'ACME', renewal: 'production' })
    expect(created.firstStep).toMatchObject({ id: 'G2', due: kst('2026-11-26 10:00') })
  })
})

describe('an alert that no longer applies is withdrawn (alertsWithdrawn { keys })', () => {
  const setup = async () => {
    h = clockCore('2026-11-25 10:00')
    const withdrawn: string[] = []
    h.core.hub.onEvent('alertsWithdrawn', ({ keys }) => withdrawn.push(...keys))
    const issue = await h.call('issues.create', { title: 'x', track: 'critical', customerName: 'ACME', renewal: 'production' })
    const [logged] = h.drain()
    return { issue, logged, withdrawn, h }
  }

  it('when every step it speaks of is done or skipped (not before)', async () => {
    const { issue, logged, withdrawn, h } = await setup()
    for (const stepId of ['C2', 'C3', 'C4'] as const) await h.call('steps.mark', { issueId: issue.id, stepId, status: 'done', at: kst('2026-11-25 10:00') })
    expect(withdrawn).toEqual([]) // C5 is still pending
    await h.call('steps.mark', { issueId: issue.id, stepId: 'C5', status: 'skipped', at: kst('2026-11-25 10:00'), note: '통화 불가' })
    expect(withdrawn).toEqual([logged.key])
  })

  it('when the issue is snoozed', async () => {
    const { issue, logged, withdrawn, h } = await setup()
    await h.call('alerts.snooze', { issueId: issue.id, minutes: 10 })
    expect(withdrawn).toEqual([logged.key])
  })

  it('when the issue is resolved', async () => {
    const { issue, logged, withdrawn, h } = await setup()
    await h.call('issues.resolve', { id: issue.id, at: kst('2026-11-25 10:00') })
    expect(withdrawn).toEqual([logged.key])
    expect(h.core.clock.trayIssues()).toEqual([])
  })
})
