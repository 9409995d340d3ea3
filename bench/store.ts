import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import { createVersusFloor, normalFloor } from './create'
import { dataTransferThroughUi } from './dataTransfer'
import { fmtMs, median, pct, report, timeEach } from './measure'

const words = ['백업', '복구', '장애', '지연', '실패', '프록시', '리포지토리', '스냅샷', '복제', 'VBR', 'Agent', 'tape', 'CDP', 'SureBackup', '라이선스', '업그레이드', '인증서', '네트워크', '스토리지', '성능']
const errors = ['Error 0x80070005 Access is denied', 'Failed to connect to backup proxy', 'VSS error 0x800423f4', 'Task failed: timeout', 'Unable to truncate logs']
const pick = <T>(a: T[], i: number): T => a[(i * 2654435761) % a.length]

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-bench-'))

/** Seeds `n` issues straight through SQL in one transaction (the FTS triggers run as in real use). */
export function seed(core: Core, n: number, openShare: number): void {
  const repo = core.store.issues
  const base = Date.parse('2026-01-05T00:00:00.000Z')
  core.store.tx(() => {
    for (let i = 0; i < n; i++) {
      const logged = new Date(base + i * 317_000).toISOString()
      const open = i % Math.round(1 / openShare) === 0
      repo.insert({
        title: `${pick(words, i)} ${pick(words, i + 7)} 문제 #${i}`,
        track: (['general', 'critical', 'sales'] as const)[i % 3],
        problemType: 'backup',
        customerId: null,
        customerName: `고객사${i % 500}`,
        customerStatus: 'operating',
        product: 'VBR',
        version: '12.3',
        renewal: i % 2 ? 'basic' : 'production',
        severity: ((i % 3) + 2) as 2 | 3 | 4,
        sev1ConsultedSeId: null,
        sev1ConsultedAt: null,
        caseNumber: i % 4 === 0 ? `0${7700000 + i}` : null,
        routedRegion: null,
        tier: 1,
        qaDevInvolved: false,
        symptoms: `${pick(words, i + 3)} 증상이 반복됩니다`,
        errorMessage: pick(errors, i),
        businessImpact: '',
        requestToVeeam: '',
        status: open ? 'new' : 'closed',
        prereqCheckedPartner: false,
        prereqCheckedDistributor: false,
        distributorContactId: null,
        seContactId: null,
        loggedAt: logged,
        firstOccurredAt: logged,
        caseOpenedAt: null,
        firstResponseAt: null,
        resolvedAt: null,
        reopenedAt: null,
        severityChangedAt: null,
        updatedAt: logged,
      })
    }
    core.issues.refreshAllNextDue()
    core.store.issues.indexNew() // the search index, as the app writes it after each create
  })
}

export async function runStoreBench(): Promise<void> {
  console.log('\nstore (better-sqlite3, WAL)')
  const dir = tmp()
  const now = new Date('2026-11-25T01:00:00.000Z')
  await createVersusFloor(dir, now)
  normalFloor(dir)

  const bigDir = tmp()
  const big = new Core({ file: path.join(bigDir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now })
  const t0 = performance.now()
  seed(big, 100_000, 0.1)
  console.log(`  (seeded 100,000 issues, 10,000 open, in ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  let worstSearch = 0
  for (const q of ['백업', '장애', '복', '0x80070005', 'Access is denied', '프록시 문제', '고객사42', '07700012', 'SureBackup', '없는말']) {
    const times = timeEach(20, () => big.store.issues.list({ query: q, limit: 50, includeClosed: true }))
    const hits = big.store.issues.list({ query: q, limit: 50, includeClosed: true }).length
    worstSearch = Math.max(worstSearch, pct(times, 50))
    report(`search top 50 of 100,000: "${q}" (${hits} shown)`, `median ${fmtMs(pct(times, 50))}`)
  }
  report('search, worst median over the queries above', fmtMs(worstSearch), '< 10 ms', worstSearch < 10)
  const listTimes = timeEach(20, () => big.issues.list({ limit: 200 }))
  report('list open issues by nearest deadline (10,000 open, 200 shown)', `median ${fmtMs(pct(listTimes, 50))}`, '< 10 ms', pct(listTimes, 50) < 10)
  big.close()

  const usable = median(Array.from({ length: 3 }, () => timeToUsable(bigDir, now)))
  report('time to usable, 100,000-issue file (open + start checks + clock armed)', `median ${fmtMs(usable)}`, '< 400 ms', usable < 400)
  await integrityAfterStart(bigDir, now)
  await dataTransferThroughUi(bigDir)

  // The goal's case: a database of 10,000 issues, all open.
  const tenDir = tmp()
  const ten = new Core({ file: path.join(tenDir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now })
  seed(ten, 10_000, 1)
  ten.close()
  const ms = median(Array.from({ length: 5 }, () => coldOpen(tenDir, now)))
  report('cold open + start checks + migrate + load 10,000 open', `median ${fmtMs(ms)}`, '< 200 ms', ms < 200)
}

/**
 * The full integrity_check after start, in its worker: how long until its answer, and how long the
 * main thread's event loop was held up meanwhile (a timer every 10 ms; its worst lateness).
 */
async function integrityAfterStart(dir: string, now: Date): Promise<void> {
  const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now })
  const took: number[] = []
  let worstLag = 0
  for (let i = 0; i < 3; i++) {
    let last = performance.now()
    const timer = setInterval(() => {
      const t = performance.now()
      worstLag = Math.max(worstLag, t - last - 10)
      last = t
    }, 10)
    const t0 = performance.now()
    const damage = await core.checkIntegrity()
    took.push(performance.now() - t0)
    clearInterval(timer)
    if (damage) throw damage
  }
  report('  then integrity_check of every page, in its worker (100,000)', `median ${fmtMs(median(took))}, main thread held up ≤ ${fmtMs(worstLag)}`)
  core.close()
}

/** Opening the file and arming the clock: what stands between launch and a usable tray. */
function timeToUsable(dir: string, now: Date): number {
  const t0 = performance.now()
  const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now, scheduler: { schedule: () => () => {}, every: () => () => {}, monotonicMs: () => performance.now() } })
  core.clock.start()
  const ms = performance.now() - t0
  core.close()
  return ms
}

function coldOpen(dir: string, now: Date): number {
  const t0 = performance.now()
  const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => now })
  core.store.issues.openIssues()
  core.store.issues.openStepStates()
  const ms = performance.now() - t0
  core.close()
  return ms
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/store.ts')) void runStoreBench()
