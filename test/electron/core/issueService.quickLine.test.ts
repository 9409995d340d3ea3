import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from './testCore'

// What a parsed quick-entry line adds to issues.create: the case number typed in the line, and
// the line's renewal for this issue even when the directory says otherwise.
let current: ReturnType<typeof testCore> | null = null
const setup = (start?: string) => (current = testCore(start))
afterEach(() => current?.core.close())

describe('issues.create from a quick line', () => {
  it('a case number records the case as opened at logging, routed by that instant', async () => {
    const { call } = setup('2026-12-01T06:20:00.000Z') // Tuesday 15:20 KST: APJ hours
    const { id } = await call('issues.create', { title: '운영 DB 중단', track: 'critical', caseNumber: '12345678', renewal: 'production' })
    const detail = await call('issues.get', { id })
    expect(detail.issue).toMatchObject({ caseNumber: '12345678', status: 'caseOpen', caseOpenedAt: '2026-12-01T06:20:00.000Z', routedRegion: 'APJ' })
    expect(detail.timeline.map((e) => e.kind).sort()).toEqual(['caseOpened', 'created'])
  })

  it('refuses a case number that is not 8 digits, in Korean, and saves nothing', async () => {
    const { call, callRaw } = setup()
    const refused = await callRaw('issues.create', { title: 'x', track: 'general', caseNumber: '1234' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', fields: { caseNumber: '케이스 번호는 숫자 8자리입니다' } } })
    expect(await call('issues.list', {})).toHaveLength(0)
  })

  it("the line's renewal is used for this issue, the customer's stored renewal stays", async () => {
    const { call } = setup()
    await call('issues.create', { title: 'x', track: 'general', customerName: '한빛은행', renewal: 'production' })
    const [bank] = await call('customers.list', {})
    const { id } = await call('issues.create', { title: 'y', track: 'general', customerId: bank.id, renewal: 'basic' })
    expect((await call('issues.get', { id })).issue.renewal).toBe('basic')
    expect((await call('customers.list', {}))[0].renewal).toBe('production')
  })
})
