import Database from 'better-sqlite3'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import { dispatch } from '../electron/core/ipc/dispatch'
import { createHandlers } from '../electron/core/ipc/handlers'
import { fmtMs, pct, report, time } from './measure'

const ROUNDS = 2000
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The floor: one small row inserted per transaction, synchronous=FULL, in a file of its own in the
 * same folder. It is warmed past its WAL's first growth, as the app's file is: while a WAL file still
 * grows, each sync also writes the file's new size, and a floor measured then is slower than a
 * steady one (the bench before this one did, and its ratios were low by about a fifth).
 */
function floorWriter(dir: string, sync: 'FULL' | 'NORMAL') {
  const db = new Database(path.join(dir, `floor-${sync}.db`))
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${sync}`)
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)')
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)')
  const write = db.transaction((i: number) => insert.run(`row ${i}`))
  for (let i = 0; i < 1200; i++) write(i)
  return { write, close: () => db.close() }
}

/**
 * A create through the handler (validate, write, timeline, deadlines, reply) against the floor, the
 * two measured in turn, round by round, so that both see the same disk. Between rounds the event
 * loop turns, as between two quick-logs, and what follows a commit runs then (the search rows, a
 * checkpoint when due), timed on its own line. The create's rows written alone by the repo, with
 * nothing else, are measured in the same rounds: what of the ratio is the rows themselves.
 */
export async function createVersusFloor(dir: string, now: Date): Promise<void> {
  const floor = floorWriter(dir, 'FULL')
  const core = new Core({ file: path.join(dir, 'bench.db'), host: 'web', version: 'bench', now: () => now })
  const handlers = createHandlers(core, { openExternal: () => false })
  const entry = (i: number) => ({ title: `벤치 ${i} 백업 실패`, track: i % 2 ? 'general' : 'critical', errorMessage: 'Error 0x80070005' })
  for (let i = 0; i < 200; i++) {
    await dispatch(handlers, 'issues.create', entry(i))
    await turn()
  }
  const after: number[] = []
  const runAfter = core.store.afterCommit.runNow.bind(core.store.afterCommit)
  core.store.afterCommit.runNow = () => after.push(time(runAfter))

  const { issue } = core.issues.get(1)
  const repo = () => core.store.issues
  const rowsAlone = () =>
    core.store.tx(() => {
      const id = repo().insert({ ...issue, id: undefined }, issue.loggedAt)
      repo().addEvent(id, issue.loggedAt, 'created', { title: issue.title, track: issue.track, severity: issue.severity })
    })
  const floors: number[] = []
  const rows: number[] = []
  const creates: number[] = []
  for (let i = 0; i < ROUNDS; i++) {
    floors.push(time(() => floor.write(i)))
    rows.push(time(rowsAlone))
    await turn()
    const t0 = performance.now()
    const r = await dispatch(handlers, 'issues.create', entry(i))
    creates.push(performance.now() - t0)
    if (!r.ok) throw new Error(r.error.message)
    await turn()
  }
  core.close()
  floor.close()
  for (const list of [floors, rows, creates, after]) list.sort((a, b) => a - b)
  const ratio = (list: number[]) =>
    `p50 ${fmtMs(pct(list, 50))} = ${(pct(list, 50) / pct(floors, 50)).toFixed(2)}× / p99 ${fmtMs(pct(list, 99))} = ${(pct(list, 99) / pct(floors, 99)).toFixed(2)}× floor`
  report('floor: one insert per transaction, synchronous=FULL', `p50 ${fmtMs(pct(floors, 50))} / p99 ${fmtMs(pct(floors, 99))} (${ROUNDS} rounds)`)
  const r50 = pct(creates, 50) / pct(floors, 50)
  const r99 = pct(creates, 99) / pct(floors, 99)
  report('create issue (handler: validate, write, timeline, deadlines, reply)', ratio(creates), 'p99 ≤ 2×, p50 ≤ 1.5× floor', r99 <= 2 && r50 <= 1.5)
  report("  the create's rows alone (issue + its indexes, created event)", ratio(rows))
  report('  then, after the reply: search rows, checkpoint when due', `p50 ${fmtMs(pct(after, 50))} / p99 ${fmtMs(pct(after, 99))} (${after.length} turns)`)
}

/** For comparison: the same floor with synchronous=NORMAL, which the app does not use. */
export function normalFloor(dir: string): void {
  const normal = floorWriter(dir, 'NORMAL')
  const times = Array.from({ length: ROUNDS }, (_, i) => time(() => normal.write(i))).sort((a, b) => a - b)
  normal.close()
  report('  (for comparison: synchronous=NORMAL, not used)', `p50 ${fmtMs(pct(times, 50))} / p99 ${fmtMs(pct(times, 99))}`)
}
