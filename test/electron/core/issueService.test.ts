import { afterEach, describe, expect, it } from 'vitest'
import { SEV1_NEEDS_SE_MESSAGE } from '../../../shared/model'
import { testCore } from './testCore'

let current: ReturnType<typeof testCore> | null = null
const setup = (start?: string) => (current = testCore(start))
afterEach(() => current?.core.close())

describe('quick entry creates an issue', () => {
  it('logs at the moment of saving, suggests a severity and records a created event', async () => {
    const { call } = setup('2026-11-25T01:00:00.000Z')
    const created = await call('issues.create', { title: '복구 지연', track: 'general', problemType: 'restore' })
    expect(created).toMatchObject({ title: '복구 지연', track: 'general', severity: 3 })
    const detail = await call('issues.get', { id: created.id })
    const issue = detail.issue
    expect(issue).toMatchObject({ status: 'new', severity: 3, renewal: 'production', loggedAt: '2026-11-25T01:00:00.000Z' })
    expect(issue.firstOccurredAt).toBe(issue.loggedAt)
    expect(detail.timeline.map((e) => e.kind)).toEqual(['created'])
    // G8 is offered only once G7 is judged serious.
    expect(detail.steps.map((s) => s.id)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7'])
  })

  it('requires the renewal for a new customer and remembers the customer', async () => {
    const { call, callRaw } = setup()
    const refused = await callRaw('issues.create', { title: 'x', track: 'general', customerName: 'ACME' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', fields: { renewal: expect.any(String) } } })
    expect(await call('customers.list', {})).toEqual([])
    await call('issues.create', { title: 'x', track: 'general', customerName: 'ACME', renewal: 'basic', customerStatus: 'poc' })
    const [acme] = await call('customers.list', {})
    expect(acme).toMatchObject({ name: 'ACME', renewal: 'basic', status: 'poc' })
    const second = await call('issues.create', { title: 'y', track: 'sales', customerName: 'acme' })
    expect((await call('issues.get', { id: second.id })).issue).toMatchObject({ customerId: acme.id, renewal: 'basic', customerStatus: 'poc' })
  })

  it('refuses Sev1 without a consulted Veeam Korea SE, with the spec message, and accepts it with one', async () => {
    const { call, callRaw } = setup()
    const refused = await callRaw('issues.create', { title: 'DB down', track: 'critical', severity: 1 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'rule', message: SEV1_NEEDS_SE_MESSAGE } })
    const distributor = await call('contacts.save', { name: '김총판', role: 'distributor', phone: '010-1111-2222' })
    const wrongRole = await callRaw('issues.create', { title: 'DB down', track: 'critical', severity: 1, sev1ConsultedSeId: distributor.id })
    expect(wrongRole).toMatchObject({ ok: false, error: { code: 'rule' } })
    const se = await call('contacts.save', { name: '이SE', role: 'veeamSe', phone: '010-3333-4444' })
    const ok = await call('issues.create', { title: 'DB down', track: 'critical', severity: 1, sev1ConsultedSeId: se.id })
    const detail = await call('issues.get', { id: ok.id })
    expect(detail.timeline.map((e) => e.kind).sort()).toEqual(['created', 'sev1Consulted'])
  })
})

describe('issue lifecycle rules', () => {
  it('refuses a case opened before the issue was logged, and records the routed region at case open', async () => {
    const { call, callRaw, clock } = setup('2026-11-25T01:00:00.000Z') // 10:00 KST Wednesday
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    const early = await callRaw('issues.openCase', { id: issue.id, caseNumber: '07712345', at: '2026-11-25T00:59:00.000Z' })
    expect(early).toMatchObject({ ok: false, error: { code: 'rule' } })
    clock.advance(3_600_000)
    const opened = await call('issues.openCase', { id: issue.id, caseNumber: '07712345', at: '2026-11-25T01:30:00.000Z' })
    expect(opened).toMatchObject({ status: 'caseOpen', routedRegion: 'APJ', caseOpenedAt: '2026-11-25T01:30:00.000Z' })
    const detail = await call('issues.get', { id: issue.id })
    // Recording the case open marks G2–G5 done (derived, not stored).
    expect(detail.steps.filter((s) => ['G2', 'G3', 'G4', 'G5'].includes(s.id)).map((s) => s.state)).toEqual(['done', 'done', 'done', 'done'])
    expect(detail.targetDue).not.toBeNull()
  })

  it('makes a closed issue read-only and reopening restarts from the reopening time', async () => {
    const { call, callRaw, clock } = setup()
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    clock.advance(60_000)
    await call('issues.resolve', { id: issue.id, at: clock.now().toISOString() })
    clock.advance(60_000)
    const reopened = await call('issues.reopen', { id: issue.id, at: clock.now().toISOString() })
    expect(reopened).toMatchObject({ status: 'new', reopenedAt: clock.now().toISOString(), resolvedAt: null })
    await call('issues.resolve', { id: issue.id, at: clock.now().toISOString() })
    await call('issues.close', { id: issue.id })
    const edit = await callRaw('issues.update', { id: issue.id, patch: { title: 'changed' } })
    expect(edit).toMatchObject({ ok: false, error: { code: 'rule', message: '종료(보관)된 이슈는 수정할 수 없습니다' } })
    expect((await call('issues.get', { id: issue.id })).issue.title).toBe('x')
  })

  it('writes one fieldChanged event per changed field, with old and new', async () => {
    const { call } = setup()
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    await call('issues.update', { id: issue.id, patch: { symptoms: '백업 실패', version: '12.3.1', title: 'x' } })
    const events = (await call('issues.get', { id: issue.id })).timeline.filter((e) => e.kind === 'fieldChanged')
    expect(events.map((e) => e.data).sort((a, b) => String(a.field).localeCompare(String(b.field)))).toEqual([
      { field: 'symptoms', old: '', new: '백업 실패' },
      { field: 'version', old: '', new: '12.3.1' },
    ])
  })

  it('marking a step done moves the next deadline; skipping needs a reason', async () => {
    const { call, callRaw, clock } = setup('2026-11-25T01:00:00.000Z')
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    const before = (await call('issues.list', {}))[0]
    expect(before.nextStep?.id).toBe('G2')
    clock.set('2026-11-25T02:00:00.000Z')
    const skip = await callRaw('steps.mark', { issueId: issue.id, stepId: 'G2', status: 'skipped', at: '2026-11-25T02:00:00.000Z' })
    expect(skip).toMatchObject({ ok: false, error: { fields: { note: expect.any(String) } } })
    await call('steps.mark', { issueId: issue.id, stepId: 'G2', status: 'done', at: '2026-11-25T02:00:00.000Z' })
    await call('steps.mark', { issueId: issue.id, stepId: 'G3', status: 'done', at: '2026-11-25T02:00:00.000Z' })
    const after = (await call('issues.list', {}))[0]
    expect(after.nextStep?.id).toBe('G4')
    expect(after.nextDue! > before.nextDue!).toBe(true)
  })
})

describe('search (FTS5): any substring, including two-syllable Korean words', () => {
  it('finds 백업, 장애, an error code and a one-character query', async () => {
    const { call } = setup()
    const a = await call('issues.create', { title: 'VBR 백업 작업 실패', track: 'general', errorMessage: 'Error 0x80070005 Access is denied' })
    const b = await call('issues.create', { title: '프로덕션 장애', track: 'critical', customerName: '한빛은행', renewal: 'basic' })
    const ids = async (query: string) => (await call('issues.list', { query })).map((i) => i.id).sort()
    expect(await ids('백업')).toEqual([a.id])
    expect(await ids('장애')).toEqual([b.id])
    expect(await ids('0x80070005')).toEqual([a.id])
    expect(await ids('access is')).toEqual([a.id])
    expect(await ids('빛은')).toEqual([b.id])
    expect(await ids('빛')).toEqual([b.id])
    expect(await ids('복구')).toEqual([])
  })
})

describe('times entered by the user and actions on a resolved issue', () => {
  it('refuses a time in the future or before what it follows, compared as instants, not as text', async () => {
    const { call, callRaw } = setup('2026-11-25T01:00:00.000Z')
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    await call('issues.openCase', { id: issue.id, caseNumber: '1', at: '2026-11-25T01:00:00Z' }) // no milliseconds: same instant as loggedAt
    expect(await callRaw('issues.firstResponse', { id: issue.id, at: '2027-01-01T00:00:00.000Z' })).toMatchObject({ ok: false, error: { message: '첫 응답 시각은 미래일 수 없습니다' } })
    expect(await callRaw('issues.firstResponse', { id: issue.id, at: '2026-11-25T00:59:59.999Z' })).toMatchObject({ ok: false, error: { code: 'rule' } })
    expect(await callRaw('steps.mark', { issueId: issue.id, stepId: 'G7', status: 'done', at: '2020-01-01T00:00:00.000Z' })).toMatchObject({ ok: false, error: { code: 'rule' } })
    const ok = await call('issues.firstResponse', { id: issue.id, at: '2026-11-25T01:00:00.000000Z' })
    expect(ok.firstResponseAt).toBe('2026-11-25T01:00:00.000Z') // stored in the one canonical form
  })

  it('a resolved issue takes no playbook or lifecycle action until it is reopened', async () => {
    const { call, callRaw } = setup('2026-11-25T01:00:00.000Z')
    const issue = await call('issues.create', { title: 'x', track: 'general' })
    await call('issues.resolve', { id: issue.id, at: '2026-11-25T01:00:00.000Z' })
    for (const [channel, body] of [
      ['issues.firstResponse', { id: issue.id, at: '2026-11-25T01:00:00.000Z' }],
      ['issues.openCase', { id: issue.id, caseNumber: '1', at: '2026-11-25T01:00:00.000Z' }],
      ['steps.mark', { issueId: issue.id, stepId: 'G2', status: 'done', at: '2026-11-25T01:00:00.000Z' }],
    ] as const) {
      expect(await callRaw(channel, body)).toMatchObject({ ok: false, error: { message: '해결된 이슈입니다 — 먼저 다시 여세요' } })
    }
    expect((await call('issues.get', { id: issue.id })).issue).toMatchObject({ status: 'resolved', caseNumber: null, firstResponseAt: null })
  })
})

describe('contacts named elsewhere', () => {
  it('deleting the usual distributor engineer clears the setting, and quick entry keeps working', async () => {
    const { call } = setup()
    const c = await call('contacts.save', { name: '김총판', role: 'distributor', phone: '010-1' })
    const s = await call('settings.get', {})
    await call('settings.update', { settings: { ...s, defaultDistributorContactId: c.id } })
    const issueOf = async (title: string) => (await call('issues.get', { id: (await call('issues.create', { title, track: 'general' })).id })).issue
    expect((await issueOf('a')).distributorContactId).toBe(c.id)
    await call('contacts.delete', { id: c.id })
    expect((await call('settings.get', {})).defaultDistributorContactId).toBeNull()
    expect((await issueOf('b')).distributorContactId).toBeNull()
  })

  it('an edit naming a contact of the wrong role, or none that exists, gets a clear error', async () => {
    const { call, callRaw } = setup()
    const se = await call('contacts.save', { name: '이SE', role: 'veeamSe' })
    const issue = await call('issues.create', { title: 'a', track: 'general' })
    expect(await callRaw('issues.update', { id: issue.id, patch: { distributorContactId: se.id } })).toMatchObject({ ok: false, error: { message: '연락처의 역할이 맞지 않습니다' } })
    expect(await callRaw('issues.update', { id: issue.id, patch: { seContactId: 999 } })).toMatchObject({ ok: false, error: { code: 'notFound' } })
    expect(await callRaw('issues.update', { id: issue.id, patch: { customerId: 999 } })).toMatchObject({ ok: false, error: { code: 'notFound' } })
  })
})

describe('holidays in Settings', () => {
  it('lists a verified year with its sources, and a year without data as rules-only, saying what is missing', async () => {
    const { call } = setup()
    const y2026 = await call('holidays.list', { year: 2026 })
    expect(y2026.status).toBe('verified')
    expect(y2026.source).toContain('월력요항')
    expect(y2026.holidays.map((h) => h.date)).toContain('2026-06-03') // 지방선거: not derivable by rules
    const y2030 = await call('holidays.list', { year: 2030 })
    expect(y2030.status).toBe('rules-only')
    expect(y2030.source).toContain('선거일·임시공휴일')
  })
})
