// Escalation clock bench: `npx tsx bench/clock.ts`, or runClockBench() from `npm run bench` (which runs the
// bench bundled, as the app ships, without tsx's per-import getters that double the hot loops' cost).
// 10,000 open issues. Every figure is a median over repeats; the re-arm is also given as a ratio to
// its floor measured in the same run: the day arithmetic of the same 10,000 issues' deadlines.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import type { Scheduler } from '../electron/core/clock/scheduler'
import { QuickEntrySchema } from '../shared/model'
import { createKoreanCalendar, stepTimes } from '../shared/domain'
import { issueDeadlines, playbookInput, runningTargetAnchorMs, targetDueMs } from '../shared/schedule/issueDeadlines'
import { fmtMs, median, report } from './measure'

const ISSUES = 10_000
const NOW = new Date('2026-11-25T01:00:00.000Z') // Wednesday 10:00 KST

/** Timers are only counted, never run: the bench measures the work of re-arming. */
const idleScheduler: Scheduler = { schedule: () => () => {}, every: () => () => {}, monotonicMs: () => performance.now() }

const open = (file: string) => new Core({ file, host: 'web', version: 'bench', now: () => NOW, scheduler: idleScheduler })

function seedOpenIssues(core: Core): void {
  const { id } = core.issues.create(QuickEntrySchema.parse({ title: 'template', track: 'general', customerName: 'ACME', renewal: 'production' }))
  const template = core.issues.get(id).issue
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
    core.store.issues.indexNew() // the search index, as the app writes it after each create
  })
}

export async function runClockBench(): Promise<void> {
  console.log(`\nclock (${ISSUES.toLocaleString('en')} open issues)`)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-clock-bench-'))
  const file = path.join(dir, 'bench.db')
  let core = open(file)
  try {
    seedOpenIssues(core)
    let t0 = performance.now()
    core.clock.start()
    const firstStart = performance.now() - t0
    const missed = core.clock.missed().length
    core.close()

    // A start as it happens every morning: the missed deadlines were reported by an earlier start.
    const starts: number[] = []
    for (let i = 0; i < 7; i++) {
      t0 = performance.now()
      core = open(file)
      core.clock.start()
      starts.push(performance.now() - t0)
      if (i < 6) core.close()
    }
    const start = median(starts)
    report('clock start (open file + load + missed report + arm)', `median ${fmtMs(start)}`, '< 150 ms', start < 150)
    report(`  first start, recording ${missed.toLocaleString('en')} missed deadlines (once)`, fmtMs(firstStart))

    // A real settings change, alternating: G2 takes 1 or 2 business days and Basic hours close at 18:00 or
    // 18:30, so every deadline moves. Timed: what the change asks of the clock (the settings service calls
    // exactly this); the save before it and the sort column rewritten after it are timed apart.
    const base = core.settings.get()
    const variant = (i: number) => ({
      ...base,
      domain: {
        ...base.domain,
        calendar: { ...base.domain.calendar, close: i % 2 ? '18:30' : '18:00' },
        playbook: { ...base.domain.playbook, g2SelfTroubleshootBusinessDays: i % 2 ? 2 : 1 },
      },
    })

    // Floor: the raw day arithmetic of the same 10,000 issues' deadlines under the same two rule sets
    // (inputs parsed, nothing kept); and, for comparison, the full playbook with its step objects.
    const issues = core.store.issues.openIssues()
    const states = core.store.issues.openStepStates()
    const inputs = issues.map((issue) => ({ issue, input: playbookInput(issue, states.get(issue.id) ?? []), anchor: runningTargetAnchorMs(issue) }))
    const ruleSets = [0, 1].map((i) => {
      const domain = variant(i).domain
      return { settings: domain, calendar: createKoreanCalendar(domain.calendar) }
    })
    let sum = 0
    const sink = { step: (_id: string, dueMs: number | null) => void (sum += dueMs ?? 0) }
    const floor = median(
      Array.from({ length: 15 }, (_, i) => {
        const rules = ruleSets[i % 2]
        const s = performance.now()
        for (const x of inputs) {
          stepTimes(x.input, rules.calendar, rules.settings.playbook, sink)
          if (x.anchor !== null) sum += targetDueMs(x.issue, x.anchor, rules)
        }
        return performance.now() - s
      }),
    )
    const full = median(
      Array.from({ length: 15 }, (_, i) => {
        const rules = ruleSets[i % 2]
        const s = performance.now()
        for (const issue of issues) issueDeadlines(issue, states.get(issue.id) ?? [], rules, NOW)
        return performance.now() - s
      }),
    )
    report('  floor: day arithmetic of every deadline, 10,000 issues', `median ${fmtMs(floor)} (full playbook with step objects: ${fmtMs(full)})`)

    const clock = core.clock
    const rearmClock = clock.settingsChanged.bind(clock)
    const rearms: number[] = []
    const nextDues: number[] = []
    clock.settingsChanged = () => {
      const s = performance.now()
      rearmClock()
      rearms.push(performance.now() - s)
    }
    const refresh = core.issues.refreshAllNextDue.bind(core.issues)
    core.issues.refreshAllNextDue = () => {
      const s = performance.now()
      refresh()
      nextDues.push(performance.now() - s)
    }
    for (let i = 1; i <= 15; i++) core.settings.update(variant(i))
    const rearm = median(rearms)
    const nextDue = median(nextDues)
    report('clock re-arm after a settings change (from memory)', `median ${fmtMs(rearm)} = ${(rearm / floor).toFixed(2)}× floor`, '< 20 ms', rearm < 20)
    report('  then the next_due sort column rewritten (one transaction, off the re-arm path)', `median ${fmtMs(nextDue)}`)
    // The lead time alone: no deadline moves, but every issue's next instant is planned again.
    rearms.length = 0
    for (let i = 1; i <= 15; i++) core.settings.update({ ...base, domain: { ...base.domain, alerts: { ...base.domain.alerts, leadMinutes: i % 2 ? 30 : 15 } } })
    report('  the lead time changed (every issue planned again)', `median ${fmtMs(median(rearms))}`, '< 20 ms', median(rearms) < 20)

    // One issue changes through its service (the common case): written, told to the clock, re-armed.
    const change = median(
      Array.from({ length: 50 }, (_, i) => {
        const id = 1 + ((i * 197) % ISSUES)
        const s = performance.now()
        core.issues.update(id, { title: `변경 ${i}` })
        return performance.now() - s
      }),
    )
    report('one issue edited: write + timeline + clock re-arm', `median ${fmtMs(change)}`, '< 20 ms', change < 20)
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
