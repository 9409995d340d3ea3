import Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import { dispatch } from '../electron/core/ipc/dispatch'
import { createHandlers } from '../electron/core/ipc/handlers'
import { contract } from '../shared/ipc'

const acc: Record<string, number[]> = {}
let cur: Record<string, number> = {}
function wrap(obj: any, name: string, label: string) {
  const orig = obj[name]
  obj[name] = function (...a: any[]) { const t0 = performance.now(); try { return orig.apply(this, a) } finally { cur[label] = (cur[label] ?? 0) + performance.now() - t0 } }
}
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'z-'))
  const now = new Date('2026-12-02T01:00:00Z')
  const fdb = new Database(path.join(dir, 'f.db')); fdb.pragma('journal_mode = WAL'); fdb.pragma('synchronous = FULL')
  fdb.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)'); const ins = fdb.prepare('INSERT INTO t (v) VALUES (?)')
  const fw = fdb.transaction((i: number) => ins.run(`row ${i}`))
  for (let i = 0; i < 1200; i++) fw(i)
  const core = new Core({ file: path.join(dir, 'b.db'), host: 'web', version: 'bench', now: () => now })
  const handlers = createHandlers(core, { openExternal: () => false })
  const entry = (i: number) => ({ title: `벤치 ${i} 백업 실패`, track: i % 2 ? 'general' : 'critical', errorMessage: 'Error 0x80070005' })
  const turn = () => new Promise<void>((r) => setImmediate(r))
  for (let i = 0; i < 200; i++) { await dispatch(handlers, 'issues.create', entry(i)); await turn() }
  const spec = contract['issues.create'] as any
  const V = process.env.V ?? ''
  if (V.includes('r')) spec.reply.parse = (x: any) => x
  if (V.includes('i')) { const db = (core.store as any).db; db.exec('DROP INDEX issues_open_next_due'); }
  if (V.includes('u')) { const db = (core.store as any).db; db.exec('DROP INDEX issues_updated_at'); }
  wrap(spec.request, 'safeParse', 'req zod')
  if (!V.includes('r')) wrap(spec.reply, 'parse', 'reply zod')
  wrap(core.issues, 'create', 'handler')
  wrap(core.store, 'tx', 'tx')
  wrap(core.store.issues, 'insert', 'insert')
  wrap(core.store.issues, 'addEvent', 'addEvent')
  wrap(core.issues as any, 'announce', 'announce')
  wrap((core.issues as any).settings, 'get', 'settings.get')
  wrap(core.issues as any, 'existingContact', 'existingContact')
  const ROUNDS = 2000
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now(); fw(i); const f = performance.now() - t0
    await turn()
    cur = {}
    const t1 = performance.now()
    await dispatch(handlers, 'issues.create', entry(i))
    cur.total = performance.now() - t1
    cur.floor = f
    for (const [k, v] of Object.entries(cur)) (acc[k] ??= []).push(v)
    await turn()
  }
  for (const [k, v] of Object.entries(acc)) { v.sort((a, b) => a - b); console.log(k.padEnd(16), 'p50', (v[v.length >> 1] * 1000).toFixed(1), 'µs') }
  core.close()
}
void main()
