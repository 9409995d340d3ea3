import { describe, expect, it } from 'vitest'
import { CLOSING_SOON, SentAlerts } from '../../../../electron/core/clock/sentAlerts'
import { testCore } from '../testCore'

// The clock keeps only the sent keys it can need: those of open issues, and every closing-soon key
// (one warning per closing, whichever issue it was recorded under, closed or not).
describe('sent alerts kept in memory', () => {
  it('loads the keys of open issues and every closing-soon key; a reopened issue has its keys read again', async () => {
    const { core, call, clock } = testCore('2026-11-25T01:00:00.000Z')
    const open = await call('issues.create', { title: 'open', track: 'general' })
    const done = await call('issues.create', { title: 'resolved later', track: 'general' })
    const due = Date.parse('2026-11-26T01:00:00.000Z')
    const closing = Date.parse('2026-11-25T09:00:00.000Z')
    const sent = new SentAlerts(core.store)
    sent.mark(open.id, 'G2', 'at', due, clock.now().getTime())
    sent.mark(done.id, 'G2', 'before', due, clock.now().getTime())
    sent.mark(done.id, CLOSING_SOON, CLOSING_SOON, closing, clock.now().getTime())
    clock.advance(60_000)
    await call('issues.resolve', { id: done.id })

    const loaded = new SentAlerts(core.store)
    loaded.load()
    expect(loaded.has(open.id, 'G2', 'at', due)).toBe(true)
    expect(loaded.has(open.id, 'G2', 'before', due)).toBe(false)
    expect(loaded.has(done.id, 'G2', 'before', due)).toBe(false) // resolved: not the clock's
    expect(loaded.closingWarned(closing)).toBe(true)

    loaded.loadIssue(done.id)
    expect(loaded.checkFor(done.id).has('G2', 'before', due)).toBe(true)
    expect(loaded.checkFor(done.id).has('G2', 'before', due + 1)).toBe(false)
    core.close()
  })
})
