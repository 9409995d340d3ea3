import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from './testCore'

let current: ReturnType<typeof testCore> | null = null
const setup = (start?: string) => (current = testCore(start))
afterEach(() => current?.core.close())

describe('a time left at "지금" is the moment the request arrives (default: now)', () => {
  it('case open, first response, tier change, resolve and a step carry the core’s now, to the second, when the request has no time', async () => {
    const { call, clock } = setup('2026-11-25T01:00:00.000Z')
    const { id } = await call('issues.create', { title: '복구 지연', track: 'general', problemType: 'restore' })

    clock.set('2026-11-25T01:04:12.345Z')
    expect((await call('issues.openCase', { id, caseNumber: '07712345' })).caseOpenedAt).toBe('2026-11-25T01:04:12.000Z')
    clock.set('2026-11-25T01:20:05.900Z')
    expect((await call('issues.firstResponse', { id })).firstResponseAt).toBe('2026-11-25T01:20:05.000Z')
    clock.set('2026-11-25T01:30:00.001Z')
    await call('issues.setTier', { id, tier: 2 })
    const step = await call('steps.mark', { issueId: id, stepId: 'G1', status: 'done' })
    expect(step.stepStates.find((s) => s.stepId === 'G1')?.at).toBe('2026-11-25T01:30:00.000Z')
    clock.set('2026-11-25T01:36:41.000Z')
    expect((await call('issues.resolve', { id })).resolvedAt).toBe('2026-11-25T01:36:41.000Z')

    const timeline = (await call('issues.get', { id })).timeline
    expect(timeline.find((e) => e.kind === 'tierChanged')?.at).toBe('2026-11-25T01:30:00.000Z')
  })

  it('a time the user edited is taken as entered', async () => {
    const { call, clock } = setup('2026-11-25T01:00:00.000Z')
    const { id } = await call('issues.create', { title: '복구 지연', track: 'general', problemType: 'restore' })
    clock.set('2026-11-25T01:10:30.000Z')
    expect((await call('issues.openCase', { id, caseNumber: '1', at: '2026-11-25T01:05:00.000Z' })).caseOpenedAt).toBe('2026-11-25T01:05:00.000Z')
  })
})

describe('the timeline: newest first by instant, then by order of recording', () => {
  it('a resolve left at "지금" sorts above the edits made before it in the same minute and second', async () => {
    const { call, clock } = setup('2026-11-25T01:00:00.000Z')
    const { id } = await call('issues.create', { title: '복구 지연', track: 'general', problemType: 'restore' })
    clock.set('2026-11-25T08:36:20.300Z')
    await call('issues.update', { id, patch: { title: '복구 지연 (재현됨)' } })
    clock.set('2026-11-25T08:36:20.800Z') // same second: recorded as 08:36:20, after the edit's 08:36:20.300
    await call('issues.resolve', { id })
    const kinds = (await call('issues.get', { id })).timeline.map((e) => e.kind)
    expect(kinds.slice(0, 2)).toEqual(['resolved', 'fieldChanged'])
  })
})
