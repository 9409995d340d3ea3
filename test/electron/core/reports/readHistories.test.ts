import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../electron/core/core'
import { readHistories } from '../../../../electron/core/reports/reportRows'
import { testCore } from '../testCore'

const cores: Core[] = []
afterEach(() => cores.splice(0).forEach((c) => c.close()))

// The report replays each issue's timeline in the order it was written, as the live clock saw it,
// not in the order of the instants typed: a first response entered afterwards with an earlier time
// comes after the severity change that was recorded before it.
describe('the SLA report reads each timeline in writing order', () => {
  it('a response backdated before a severity change recorded earlier: the clock had restarted at the change', async () => {
    const { core, call, clock } = testCore('2026-11-24T01:00:00.000Z') // Tue 10:00 KST
    cores.push(core)
    const { id } = await call('issues.create', { title: '복제 작업 지연', track: 'general', renewal: 'production', severity: 3 })
    await call('issues.openCase', { id, caseNumber: '07712345' })
    clock.advance(3_600_000) // 11:00: raised to Sev2 while the target clock runs
    await call('issues.update', { id, patch: { severity: 2 } })
    clock.advance(3_600_000) // 12:00: the response is recorded, as given at 10:30
    await call('issues.firstResponse', { id, at: '2026-11-24T01:30:00.000Z' })

    const { timeline } = await call('issues.get', { id })
    const written = [...timeline].sort((a, b) => a.id - b.id).filter((e) => e.kind !== 'created').map((e) => e.kind)
    const byInstant = [...timeline].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id).filter((e) => e.kind !== 'created').map((e) => e.kind)
    expect(written).toEqual(['caseOpened', 'fieldChanged', 'firstResponse'])
    expect(byInstant).toEqual(['caseOpened', 'firstResponse', 'fieldChanged']) // the case this test is about

    const report = await call('reports.sla', { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' })
    const [issue] = report.issues
    expect(issue.cycles).toHaveLength(1)
    expect(issue.cycles[0]).toMatchObject({
      start: '2026-11-24T01:00:00.000Z',
      clockFrom: '2026-11-24T02:00:00.000Z', // restarted by the change, as the live clock did
      respondedAt: '2026-11-24T01:30:00.000Z',
      severity: 2,
    })
  })
})

describe('the SLA report reads only the event data it uses', () => {
  it("a created event comes with its severity only (not its title), a case opening with no data, a field change whole", async () => {
    const { core, call, clock } = testCore('2026-11-24T01:00:00.000Z')
    cores.push(core)
    const { id } = await call('issues.create', { title: '긴 제목 '.repeat(40).trim(), track: 'general', renewal: 'production', severity: 3 })
    await call('issues.openCase', { id, caseNumber: '07712345' })
    clock.advance(60_000)
    await call('issues.update', { id, patch: { severity: 2 } })
    const [h] = readHistories(core.store.connection, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')
    expect(h.events.map((e) => [e.kind, e.data])).toEqual([
      ['created', { severity: 3 }],
      ['caseOpened', {}],
      ['fieldChanged', { field: 'severity', old: 3, new: 2 }],
    ])
  })
})
