import { afterEach, describe, expect, it } from 'vitest'
import { clockCore, HOUR, MINUTE, type ClockHarness } from './clockCore'

let h: ClockHarness | null = null
afterEach(async () => h?.close())

/** Small seeded PRNG so every run replays the same week. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

describe('never a duplicate: a simulated week of logging, case opens, sleeps, jumps, restarts and setting changes', () => {
  it('sends no alert twice and leaves no deadline without its "at" alert (or missed report)', async () => {
    h = clockCore('2026-11-23 08:00') // Monday
    const rnd = prng(7)
    const tracks = ['general', 'critical', 'sales'] as const
    const ids: number[] = []
    for (let step = 0; step < 7 * 24 * 4; step++) {
      const r = rnd()
      if (r < 0.05) {
        const issue = await h.call('issues.create', {
          title: `이슈 ${step}`,
          track: tracks[Math.floor(rnd() * 3)],
          customerName: `고객 ${step % 5}`,
          renewal: rnd() < 0.5 ? 'basic' : 'production',
        })
        ids.push(issue.id)
      } else if (r < 0.07 && ids.length) {
        const id = ids[Math.floor(rnd() * ids.length)]
        const detail = await h.call('issues.get', { id })
        if (!detail.issue.caseOpenedAt && detail.issue.status !== 'resolved') {
          await h.call('issues.openCase', { id, caseNumber: `077${step}`, at: h.wall.now().toISOString() })
        }
      } else if (r < 0.08) {
        await h.settings((s) => (s.domain.alerts.leadMinutes = [5, 15, 30][Math.floor(rnd() * 3)]))
      } else if (r < 0.09) {
        await h.restartAfter(Math.floor(rnd() * 3 * HOUR))
      } else if (r < 0.1) {
        h.time.sleep(Math.floor(rnd() * 2 * HOUR))
        if (rnd() < 0.5) h.core.clock.resync()
      }
      h.time.pass(15 * MINUTE)
    }
    h.time.pass(30 * 24 * HOUR) // a month later every deadline has passed
    const keys = h.alerts.map((a) => a.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(h.alerts.length).toBeGreaterThan(20)

    // Every deadline of every open issue got its "at" alert (or was reported missed), exactly once.
    const sent = h.core.store.alerts.sentKeys()
    for (const t of h.core.clock.trayIssues()) {
      for (const d of t.deadlines) expect(sent.has(`${t.id}|${d.target}|at|${d.due}`)).toBe(true)
    }
  })
})
