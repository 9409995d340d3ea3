// Escalation clock bench: `npx tsx bench/clock.ts`, or runClockBench() from a bench runner.
// Re-arm after a change with 10,000 open issues (goal < 20 ms).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Core } from '../electron/core/core'
import { QuickEntrySchema } from '../shared/model'
import type { Scheduler } from '../electron/core/clock/scheduler'

const ISSUES = 10_000
const RUNS = 50
const GOAL_MS = 20
const NOW = new Date('2026-11-25T01:00:00.000Z') // Wednesday 10:00 KST

/** Timers are only counted, never run: the bench measures the work of re-arming. */
const idleScheduler: Scheduler = { schedule: () => () => {}, every: () => () => {}, monotonicMs: () => performance.now() }

function timings(runs: number, fn: (i: number) => void): { median: number; p95: number; best: number } {
  const t: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn(i)
    t.push(performance.now() - t0)
  }
  t.sort((a, b) => a - b)
  return { best: t[0], median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)] }
}

const ms = (n: number) => `${n.toFixed(2)} ms`

export async function runClockBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-clock-bench-'))
  const core = new Core({ file: path.join(dir, 'bench.db'), host: 'web', version: 'bench', now: () => NOW, scheduler: idleScheduler })
  try {
    const template = core.issues.create(QuickEntrySchema.parse({ title: 'template', track: 'general', customerName: 'ACME', renewal: 'production' }))
    const tracks = ['general', 'critical', 'sales'] as const
    core.store.tx(() => {
      for (let i = 1; i < ISSUES; i++) {
        const logged = new Date(NOW.getTime() - (i % 2000) * 60_000).toISOString()
        const caseOpen = i % 4 === 0
        core.store.issues.insert({
          ...template,
          id: undefined,
          title: `이슈 ${i}`,
          track: tracks[i % 3],
          renewal: i % 2 ? 'basic' : 'production',
          severity: ((i % 4) + 1 === 1 ? 2 : (i % 4) + 1) as 2 | 3 | 4,
          status: caseOpen ? 'caseOpen' : 'new',
          caseNumber: caseOpen ? `077${i}` : null,
          caseOpenedAt: caseOpen ? logged : null,
          loggedAt: logged,
          firstOccurredAt: logged,
          updatedAt: logged,
        })
      }
    })
    const t0 = performance.now()
    core.clock.start()
    const startMs = performance.now() - t0
    const open = core.clock.trayIssues().length

    // One issue changes (the common case): the clock recomputes that issue and re-arms.
    const change = timings(RUNS, (i) => {
      const id = 1 + ((i * 197) % ISSUES)
      core.store.issues.update(id, { title: `변경 ${i}` })
      core.hub.emit('issuesChanged', { ids: [id] })
    })
    // A settings or holiday change moves every deadline: all 10,000 are recomputed.
    const settings = timings(10, () => core.hub.emit('settingsChanged', core.settings.get()))

    console.log(`clock bench: ${open} open issues (armed at ${core.clock.armedAt?.toISOString()})`)
    console.log(`  start (load + missed report + arm):  ${ms(startMs)}`)
    console.log(`  re-arm after one issue changed:      median ${ms(change.median)}, p95 ${ms(change.p95)}, best ${ms(change.best)}  (goal < ${GOAL_MS} ms: ${change.median < GOAL_MS ? 'met' : 'MISSED'})`)
    console.log(`  re-arm after a settings change:      median ${ms(settings.median)}, best ${ms(settings.best)}  (recomputes all deadlines)`)
  } finally {
    core.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/clock.ts')) {
  runClockBench().catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
}
