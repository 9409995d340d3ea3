import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSlaHistory, kst } from './slaHistory'

let h: Awaited<ReturnType<typeof buildSlaHistory>>
beforeAll(async () => {
  h = await buildSlaHistory()
}, 60_000)
afterAll(() => h.core.close())

const period = { from: kst('2026-09-01 00:00'), to: kst('2026-12-01 00:00') }
const zero = { total: 0, met: 0, breached: 0, pending: 0, unrecorded: 0, metPct: null, responded: 0, medianResponseHours: null, p90ResponseHours: null }

describe('reports.sla over a fixed history (Sep–Nov 2026, now Mon 2026-11-30 11:00 KST)', () => {
  it('counts each response cycle by severity × renewal with exact outcomes, medians and p90', async () => {
    const r = await h.call('reports.sla', period)
    expect(r.rows).toEqual([
      // C: raised to Sev1 before the response, answered 30 min after the raise.
      { severity: 1, renewal: 'production', targetHours: 1, total: 1, met: 1, breached: 0, pending: 0, unrecorded: 0, metPct: 100, responded: 1, medianResponseHours: 0.5, p90ResponseHours: 0.5 },
      { severity: 1, renewal: 'basic', targetHours: 2, ...zero },
      // A′: Production answered Monday 09:59 after a Friday 17:30 open, 64.48 h.
      { severity: 2, renewal: 'production', targetHours: 3, total: 1, met: 0, breached: 1, pending: 0, unrecorded: 0, metPct: 0, responded: 1, medianResponseHours: 64.48, p90ResponseHours: 64.48 },
      // A (1.48 business hours) and F (holiday week: 1 h Wednesday + 6 h Monday).
      { severity: 2, renewal: 'basic', targetHours: 8, total: 2, met: 2, breached: 0, pending: 0, unrecorded: 0, metPct: 100, responded: 2, medianResponseHours: 1.48, p90ResponseHours: 7 },
      // D: two cycles, 1 h (met) and 7 h (breached).
      { severity: 3, renewal: 'production', targetHours: 6, total: 2, met: 1, breached: 1, pending: 0, unrecorded: 0, metPct: 50, responded: 2, medianResponseHours: 1, p90ResponseHours: 7 },
      // E: resolved with no response — 응답 미기록, not a breach.
      { severity: 3, renewal: 'basic', targetHours: 12, total: 1, met: 0, breached: 0, pending: 0, unrecorded: 1, metPct: null, responded: 0, medianResponseHours: null, p90ResponseHours: null },
      { severity: 4, renewal: 'production', targetHours: 8, ...zero },
      // B: unanswered Basic Sev4 on Monday morning.
      { severity: 4, renewal: 'basic', targetHours: 24, total: 1, met: 0, breached: 0, pending: 1, unrecorded: 0, metPct: null, responded: 0, medianResponseHours: null, p90ResponseHours: null },
    ])
  })

  it('keeps each cycle with its start, clock start, due and outcome', async () => {
    const r = await h.call('reports.sla', period)
    const cycles = Object.fromEntries(r.issues.map((i) => [i.id, i.cycles.map((c) => [c.start, c.clockFrom, c.due, c.outcome, c.severity, c.responseHours])]))
    const { ids } = h
    expect(cycles[ids.holiday]).toEqual([[kst('2026-09-23 17:00'), kst('2026-09-23 17:00'), kst('2026-09-28 16:00'), 'met', 2, 7]])
    expect(cycles[ids.basicFriday]).toEqual([[kst('2026-11-06 17:30'), kst('2026-11-06 17:30'), kst('2026-11-09 16:30'), 'met', 2, 1.48]])
    expect(cycles[ids.prodFriday]).toEqual([[kst('2026-11-06 17:30'), kst('2026-11-06 17:30'), kst('2026-11-06 20:30'), 'breached', 2, 64.48]])
    expect(cycles[ids.raised]).toEqual([[kst('2026-11-10 10:00'), kst('2026-11-10 11:30'), kst('2026-11-10 12:30'), 'met', 1, 0.5]])
    expect(cycles[ids.reopened]).toEqual([
      [kst('2026-11-11 09:00'), kst('2026-11-11 09:00'), kst('2026-11-11 15:00'), 'met', 3, 1],
      [kst('2026-11-13 09:00'), kst('2026-11-13 09:00'), kst('2026-11-13 15:00'), 'breached', 3, 7],
    ])
    expect(cycles[ids.unanswered]).toEqual([[kst('2026-11-16 10:00'), kst('2026-11-16 10:00'), kst('2026-11-17 13:00'), 'unrecorded', 3, null]])
    expect(cycles[ids.noCase]).toEqual([])
    expect(cycles[ids.pending]).toEqual([[kst('2026-11-30 09:10'), kst('2026-11-30 09:10'), kst('2026-12-02 15:10'), 'pending', 4, null]])
  })

  it('judges the timed steps: immediate ones within the 15-minute tolerance, the form sent by export, resolved issues stop', async () => {
    const r = await h.call('reports.sla', period)
    const steps = Object.fromEntries(r.steps.map(({ step, ...c }) => [step, Object.values(c).join(' ')]))
    // onTime late skipped openOverdue openNotDue
    expect(steps).toEqual({
      C2: '1 0 0 1 0', // C: case opened 5 min after logging (within tolerance); S: never opened
      C3: '1 0 0 1 0', // S: the form exported after 10 min; C: never sent
      C4: '1 1 0 0 0', // S: 5 min; C: 25 min, late
      C5: '1 0 1 0 0', // S: called within the hour; C: skipped with a reason
      G2: '6 0 0 0 0', // done by the case open, in time, for the six general issues
      G3: '6 0 0 0 0',
      G4: '6 0 0 0 0',
      G5: '6 0 0 0 0',
      G6: '0 0 0 6 0', // no general issue's form was marked sent or exported
      G7: '0 0 0 4 1', // B's is not due yet; E was resolved before its G7 came due, so it is left out
    })
  })

  it('groups per customer and per KST month (12 months ending with the period)', async () => {
    const r = await h.call('reports.sla', period)
    expect(r.byCustomer).toEqual([
      { customer: '한빛전자', total: 4, met: 2, breached: 2, pending: 0, unrecorded: 0, metPct: 50 },
      { customer: 'ACME', total: 4, met: 2, breached: 0, pending: 1, unrecorded: 1, metPct: 100 },
    ])
    expect(r.byMonth.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'])
    expect(r.byMonth.slice(-3)).toEqual([
      { month: '2026-09', total: 1, met: 1, breached: 0, pending: 0, unrecorded: 0 },
      { month: '2026-10', total: 0, met: 0, breached: 0, pending: 0, unrecorded: 0 },
      { month: '2026-11', total: 7, met: 3, breached: 2, pending: 1, unrecorded: 1 },
    ])
  })

  it('places a cycle by its start: November alone leaves out the September holiday case', async () => {
    const r = await h.call('reports.sla', { from: kst('2026-11-01 00:00'), to: kst('2026-12-01 00:00') })
    expect(r.rows.find((x) => x.severity === 2 && x.renewal === 'basic')).toMatchObject({ total: 1, met: 1, medianResponseHours: 1.48, p90ResponseHours: 1.48 })
    expect(r.issues.map((i) => i.id)).not.toContain(h.ids.holiday)
  })

  it('filters by renewal, track and customer', async () => {
    const basic = await h.call('reports.sla', { ...period, renewal: 'basic' })
    expect(basic.rows.filter((x) => x.renewal === 'production').every((x) => x.total === 0)).toBe(true)
    expect(basic.rows.reduce((n, x) => n + x.total, 0)).toBe(4)
    const critical = await h.call('reports.sla', { ...period, track: 'critical' })
    expect(critical.issues.map((i) => i.id)).toEqual([h.ids.raised, h.ids.noCase])
    const hanbit = await h.call('reports.sla', { ...period, customer: '한빛전자' })
    expect(hanbit.byCustomer).toEqual([{ customer: '한빛전자', total: 4, met: 2, breached: 2, pending: 0, unrecorded: 0, metPct: 50 }])
  })

  it('never rewrites a finished cycle when the targets change later; a running one follows the new settings', async () => {
    const before = await h.call('reports.sla', period)
    const settings = await h.call('settings.get', {})
    // Basic Sev2 down to 1 h and Sev4 down to 1 h: A (1.48 h) would now be a breach if recomputed.
    const targets = { ...settings.domain.targets, basic: { ...settings.domain.targets.basic, 2: 1, 4: 1 } }
    await h.call('settings.update', { settings: { ...settings, domain: { ...settings.domain, targets } } })
    try {
      const after = await h.call('reports.sla', period)
      expect(after.rows.find((x) => x.severity === 2 && x.renewal === 'basic')).toMatchObject({ met: 2, breached: 0 })
      // B is still running: its due is the live clock's, 1 business hour from 09:10 → 10:10, past at 11:00.
      expect(after.rows.find((x) => x.severity === 4 && x.renewal === 'basic')).toMatchObject({ pending: 0, breached: 1 })
      expect(before.rows.find((x) => x.severity === 4 && x.renewal === 'basic')).toMatchObject({ pending: 1, breached: 0 })
    } finally {
      await h.call('settings.update', { settings })
    }
  })

  it('refuses a period that ends before it starts, in Korean, and one longer than five years', async () => {
    const backwards = await h.callRaw('reports.sla', { from: period.to, to: period.from })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid', fields: { to: '기간의 끝이 시작보다 늦어야 합니다' } } })
    const long = await h.callRaw('reports.sla', { from: '2000-01-01T00:00:00.000Z', to: period.to })
    expect(long).toMatchObject({ ok: false, error: { code: 'invalid', fields: { to: '기간은 5년 이내로 고르세요' } } })
  })
})
