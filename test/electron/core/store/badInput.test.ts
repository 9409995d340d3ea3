import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, contract, type Channel } from '../../../../shared/ipc'
import { SEV1_NEEDS_SE_MESSAGE } from '../../../../shared/model'
import { testCore } from '../testCore'

/** Every channel that only reads; all the others change data and are fuzzed, new ones included. */
const READ_ONLY = new Set<Channel>([
  'app.info',
  'issues.list',
  'issues.get',
  'contacts.list',
  'customers.list',
  'settings.get',
  'settings.history',
  'holidays.list',
  'routing.region',
  'alerts.missed',
  'backup.list',
  'data.exportJson',
  'export.preview',
  'shell.openExternal',
])
const MUTATING = CHANNEL_NAMES.filter((c) => !READ_ONLY.has(c))

let t: ReturnType<typeof testCore>
let openId = 0
let closedId = 0

const hash = () => {
  const db = t.core.store.connection
  const h = createHash('sha256')
  for (const table of ['issues', 'timeline', 'step_states', 'contacts', 'customers', 'settings', 'settings_history', 'alerts_sent']) {
    h.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()))
  }
  return h.digest('hex')
}

beforeAll(async () => {
  t = testCore('2026-11-25T01:00:00.000Z')
  await t.call('contacts.save', { name: '김총판', role: 'distributor', phone: '010-1111-2222' })
  openId = (await t.call('issues.create', { title: '열린 이슈', track: 'general', customerName: 'ACME', renewal: 'basic' })).id
  closedId = (await t.call('issues.create', { title: '닫힌 이슈', track: 'general' })).id
  await t.call('issues.resolve', { id: closedId, at: '2026-11-25T01:00:00.000Z' })
  await t.call('issues.close', { id: closedId })
})
afterAll(() => t.core.close())

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom("'; DROP TABLE issues; --", '" OR 1=1 --', '😵‍💫🔥', '백업 장애 복구', 'バックアップ', '\u0000\u202e', 'x'.repeat(100_000)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('2026-13-45T99:00:00.000Z', 'yesterday', '2026-11-25', new Date(0).toString()),
)
const payload = fc.oneof(
  nasty,
  fc.dictionary(fc.constantFrom('id', 'issueId', 'title', 'track', 'at', 'patch', 'status', 'stepId', 'json', 'file', 'name', 'role', 'settings', 'unknownField', '__proto__'), nasty),
  fc.array(nasty, { maxLength: 3 }),
)

describe('bad input gets a clear error and changes nothing', () => {
  it('arbitrary payloads on every mutating channel: a clear error, the process stays up, the DB is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUTATING), payload, async (channel, body) => {
        if (contract[channel].request.safeParse(body).success) return // a valid payload may change data: not this test
        const before = hash()
        const reply = await t.callRaw(channel, body)
        expect(reply.ok).toBe(false)
        if (!reply.ok) {
          expect(reply.error.code).toBe('invalid')
          expect(reply.error.message.length).toBeGreaterThan(5)
        }
        expect(hash()).toBe(before)
      }),
      { numRuns: 600 },
    )
  })

  it.each([
    ['Sev1 without an SE', 'issues.create', () => ({ title: 'x', track: 'critical', severity: 1 }), SEV1_NEEDS_SE_MESSAGE],
    ['Sev1 by edit without an SE', 'issues.update', () => ({ id: openId, patch: { severity: 1 } }), SEV1_NEEDS_SE_MESSAGE],
    ['a case opened before logging', 'issues.openCase', () => ({ id: openId, caseNumber: '1', at: '2026-11-24T00:00:00.000Z' }), '등록 시각보다 빠를 수 없습니다'],
    ['an edit to a closed issue', 'issues.update', () => ({ id: closedId, patch: { title: 'changed' } }), '수정할 수 없습니다'],
    ['a step of a closed issue', 'steps.mark', () => ({ issueId: closedId, stepId: 'G2', status: 'done', at: '2026-11-25T01:00:00.000Z' }), '수정할 수 없습니다'],
    ['a step of the other playbook', 'steps.mark', () => ({ issueId: openId, stepId: 'C5', status: 'done', at: '2026-11-25T01:00:00.000Z' }), 'C5'],
    ['a new customer without renewal', 'issues.create', () => ({ title: 'x', track: 'general', customerName: '새 고객' }), '갱신 유형'],
    ['first occurrence in the future', 'issues.create', () => ({ title: 'x', track: 'general', firstOccurredAt: '2027-01-01T00:00:00.000Z' }), '최초 발생'],
    ['an unknown issue', 'issues.resolve', () => ({ id: 9999, at: '2026-11-25T01:00:00.000Z' }), '찾을 수 없습니다'],
  ] as const)('a payload that passes the schema but breaks a rule — %s — is refused and changes nothing', async (_name, channel, body, message) => {
    const before = hash()
    const reply = await t.callRaw(channel, body())
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining(message) } })
    expect(hash()).toBe(before)
  })
})
