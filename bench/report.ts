import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import { createHandlers } from '../electron/core/ipc/handlers'
import { dispatch } from '../electron/core/ipc/dispatch'
import { fmtMs, pct, report, timeEach } from './measure'

const HOUR = 3_600_000
const YEARS = 10
const N = 100_000

/**
 * 100,000 issues over ten years (10,000 a year) with their timelines: case open, first response
 * (one in ten unanswered, one in twenty reopened with a second cycle, severity raised in one in
 * fifteen), resolved. The period is the last 12 KST months, so about 10,000 are in it.
 */
function seed(core: Core, end: number): void {
  const repo = core.store.issues
  const start = end - YEARS * 365 * 24 * HOUR
  const step = (end - start) / N
  core.store.tx(() => {
    for (let i = 0; i < N; i++) {
      const logged = start + i * step
      const opened = logged + 0.5 * HOUR
      const answered = i % 10 === 0 ? null : opened + ((i % 7) + 0.5) * HOUR
      const resolved = (answered ?? opened) + 20 * HOUR
      const reopened = i % 20 === 1 ? resolved + 24 * HOUR : null
      const last = reopened ? reopened + 3 * HOUR : resolved
      const iso = (t: number) => new Date(t).toISOString()
      const severity = ((i % 3) + 2) as 2 | 3 | 4
      const id = repo.insert({
        title: `벤치 리포트 ${i}`, track: (['general', 'critical', 'sales'] as const)[i % 3], problemType: 'backup',
        customerId: null, customerName: `고객사${i % 300}`, customerStatus: 'operating', product: 'VBR', version: '12.3',
        renewal: i % 2 ? 'basic' : 'production', severity, sev1ConsultedSeId: null, sev1ConsultedAt: null,
        caseNumber: `0${7700000 + i}`, routedRegion: 'APJ', tier: 1, qaDevInvolved: false, symptoms: '', errorMessage: '',
        businessImpact: '', requestToVeeam: '', status: reopened ? 'responded' : 'resolved', prereqCheckedPartner: false,
        prereqCheckedDistributor: false, distributorContactId: null, seContactId: null, loggedAt: iso(logged), firstOccurredAt: iso(logged),
        caseOpenedAt: iso(opened), firstResponseAt: reopened ? iso(reopened + 2 * HOUR) : answered === null ? null : iso(answered),
        resolvedAt: reopened ? null : iso(resolved), reopenedAt: reopened === null ? null : iso(reopened), severityChangedAt: null, updatedAt: iso(last),
      })
      repo.addEvent(id, iso(logged), 'created', { title: '', track: 'general', severity })
      repo.addEvent(id, iso(opened), 'caseOpened', { caseNumber: '0', region: 'APJ', old: null })
      if (i % 15 === 2) repo.addEvent(id, iso(opened + 0.2 * HOUR), 'fieldChanged', { field: 'severity', old: severity, new: 2 })
      if (answered) repo.addEvent(id, iso(answered), 'firstResponse', {})
      repo.addEvent(id, iso(resolved), 'resolved', {})
      if (reopened) {
        repo.addEvent(id, iso(reopened), 'reopened', { firstResponseAt: answered === null ? null : iso(answered) })
        repo.addEvent(id, iso(reopened + 2 * HOUR), 'firstResponse', {})
      }
    }
    repo.indexNew() // the search index, as the app writes it after each create
  })
}

export async function runReportBench(): Promise<void> {
  console.log('\nSLA report (reports.sla)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-bench-report-'))
  const now = new Date('2026-11-30T02:00:00.000Z')
  const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now })
  seed(core, Date.parse('2026-11-30T00:00:00.000Z'))
  const request = { from: '2025-11-30T15:00:00.000Z', to: '2026-11-30T15:00:00.000Z' } // Dec 2025 – Nov 2026, KST months
  const first = core.reports.report(request)
  const cycles = first.rows.reduce((n, r) => n + r.total, 0)
  const times = timeEach(7, () => core.reports.report(request))
  report(`report over ${N.toLocaleString('en')} issues, ${first.issues.length.toLocaleString('en')} in the period (${cycles.toLocaleString('en')} cycles)`, `median ${fmtMs(pct(times, 50))}`, '< 200 ms', pct(times, 50) < 200)
  const handlers = createHandlers(core, { openExternal: () => false })
  const viaChannel: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    await dispatch(handlers, 'reports.sla', request)
    viaChannel.push(performance.now() - t0)
  }
  viaChannel.sort((a, b) => a - b)
  report('the same through the channel (zod-validated reply)', `median ${fmtMs(pct(viaChannel, 50))}`)
  core.close()
  if (!process.env.KEEP_BENCH_DB) fs.rmSync(dir, { recursive: true, force: true })
  else console.log(dir)
}
