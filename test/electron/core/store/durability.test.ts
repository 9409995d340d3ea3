import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Core } from '../../../../electron/core/core'
import { openDatabase, StoreOpenError } from '../../../../electron/core/store/database'
import { migrations } from '../../../../electron/core/store/migrations'
import { recoverStoreFile } from '../../../../electron/core/store/recovery'
import { tempDir, testCore } from '../testCore'
import { readDump, writeDump } from '../dumpFile'
import { insertIssue } from './migrations/migrationDb'

const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})

describe('crash safety: every acknowledged write survives SIGKILL', () => {
  it('50 rounds of killing a writer at random moments lose nothing and leave an intact file', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'crash.db')
    const acknowledged = new Set<number>()
    for (let round = 0; round < 50; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/electron/core/store/crashWriter.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] })
      let buffer = ''
      let ready = false
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          buffer += d.toString()
          const lines = buffer.split('\n')
          buffer = lines.pop()!
          for (const line of lines) {
            if (line === 'ready') {
              ready = true
              setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 60)
            } else if (/^\d+$/.test(line)) acknowledged.add(Number(line))
          }
        })
        child.on('exit', () => resolve())
      })
      expect(ready).toBe(true)
    }
    const db = new Database(file, { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = new Set((db.prepare('SELECT id FROM issues').all() as { id: number }[]).map((r) => r.id))
    const missing = [...acknowledged].filter((id) => !stored.has(id))
    const eventless = db.prepare("SELECT count(*) n FROM issues i WHERE NOT EXISTS (SELECT 1 FROM timeline t WHERE t.issue_id = i.id AND t.kind = 'created')").get() as { n: number }
    db.close()
    expect(acknowledged.size).toBeGreaterThan(50)
    expect(missing).toEqual([])
    expect(eventless.n).toBe(0) // each issue committed together with its timeline event
  }, 180_000)
})

describe('migrations', () => {
  it('a database made by migration 1 migrates to the latest with its data intact, after a backup', () => {
    const dir = tempDir()
    const file = path.join(dir, 'veeam-escalation.db')
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) })
    insertIssue(v1, '옛 이슈 백업 지연')
    expect(v1.pragma('user_version', { simple: true })).toBe(1)
    v1.close()
    const core = new Core({ file, host: 'web', version: 't', now: () => new Date('2026-01-06T00:00:00.000Z') })
    cores.push(core)
    expect(core.store.connection.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version)
    expect(core.issues.list({}).map((i) => i.title)).toEqual(['옛 이슈 백업 지연'])
    expect(core.issues.list({ query: '백업' })).toHaveLength(1) // the search index was built for old rows
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.includes('premigrate'))).toBe(true)
  })
})

describe('start-up on a bad file', () => {
  it('does not touch a file that is not a database and names it in the error', () => {
    const dir = tempDir()
    const file = path.join(dir, 'veeam-escalation.db')
    fs.writeFileSync(file, 'this is not sqlite '.repeat(100))
    const before = fs.readFileSync(file)
    let error: unknown
    try {
      new Core({ file, host: 'web', version: 't' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreOpenError)
    expect((error as StoreOpenError).message).toContain(file)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(fs.readdirSync(dir)).toEqual(['veeam-escalation.db'])
  })

  it('offers the newest good backup, or a new file, keeping the bad file aside byte for byte', async () => {
    const t = testCore()
    cores.push(t.core)
    await t.call('issues.create', { title: '백업된 이슈', track: 'general' })
    await t.call('backup.now', {})
    const file = t.core.store.file
    t.core.close()
    cores.pop()
    fs.writeFileSync(file, 'garbage'.repeat(500))
    for (const ext of ['-wal', '-shm']) fs.rmSync(file + ext, { force: true })
    expect(() => new Core({ file, host: 'web', version: 't' })).toThrow(StoreOpenError)
    const { keptAside, restoredFrom } = recoverStoreFile(file, 'restoreLatest', new Date('2026-11-25T02:00:00.000Z'))
    expect(restoredFrom).toContain('backups')
    expect(fs.readFileSync(keptAside, 'utf8')).toBe('garbage'.repeat(500))
    const restored = new Core({ file, host: 'web', version: 't' })
    cores.push(restored)
    expect(restored.issues.list({}).map((i) => i.title)).toEqual(['백업된 이슈'])

    const lone = path.join(tempDir(), 'veeam-escalation.db')
    fs.writeFileSync(lone, 'garbage')
    expect(() => recoverStoreFile(lone, 'restoreLatest', new Date())).toThrow('복원할 수 있는 백업이 없습니다')
    expect(fs.readFileSync(lone, 'utf8')).toBe('garbage')
    recoverStoreFile(lone, 'newFile', new Date())
    const fresh = new Core({ file: lone, host: 'web', version: 't' })
    cores.push(fresh)
    expect(fresh.issues.list({})).toEqual([])
  })
})

const hashDb = (core: Core): string => {
  const db = core.store.connection
  const h = createHash('sha256')
  for (const t of ['issues', 'timeline', 'step_states', 'contacts', 'customers', 'settings', 'settings_history', 'alerts_sent']) {
    h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()))
  }
  return h.digest('hex')
}

describe('backups, restore, export and import', () => {
  it('keeps the last 7 backups and restores one, keeping the current file aside', async () => {
    const t = testCore()
    cores.push(t.core)
    await t.call('issues.create', { title: '첫 이슈', track: 'general' })
    const first = await t.call('backup.now', {})
    for (let i = 0; i < 8; i++) {
      t.clock.advance(1000)
      await t.call('backup.now', {})
    }
    const list = await t.call('backup.list', {})
    expect(list).toHaveLength(7)
    expect(list.map((b) => b.file)).not.toContain(first.file)
    await t.call('issues.create', { title: '두 번째', track: 'general' })
    const { keptAside } = await t.call('backup.restore', { file: list[0].file })
    expect(fs.existsSync(keptAside)).toBe(true)
    expect((await t.call('issues.list', {})).map((i) => i.title)).toEqual(['첫 이슈'])
    const refused = await t.callRaw('backup.restore', { file: '/etc/passwd' })
    expect(refused.ok).toBe(false)
  })

  it('the daily backup is taken once per KST day', async () => {
    const t = testCore('2026-11-25T01:00:00.000Z')
    cores.push(t.core)
    expect(await t.core.store.backupIfDue(t.clock.now())).not.toBeNull()
    expect(await t.core.store.backupIfDue(new Date('2026-11-25T14:00:00.000Z'))).toBeNull() // 23:00 KST
    expect(await t.core.store.backupIfDue(new Date('2026-11-25T15:00:00.000Z'))).not.toBeNull() // 00:00 KST next day
  })

  it('exports everything as JSON and imports it back; a broken import changes nothing', async () => {
    const a = testCore()
    cores.push(a.core)
    const se = await a.call('contacts.save', { name: '이SE', role: 'veeamSe', phone: '010-3333-4444' })
    const issue = await a.call('issues.create', { title: 'DB 장애', track: 'critical', severity: 1, sev1ConsultedSeId: se.id, customerName: 'ACME', renewal: 'basic' })
    await a.call('steps.mark', { issueId: issue.id, stepId: 'C4', status: 'done', at: a.clock.now().toISOString() })
    const { loggedAt } = (await a.call('issues.get', { id: issue.id })).issue
    a.core.store.alerts.markSent({ issueId: issue.id, target: 'C2', kind: 'at', dueAt: loggedAt }, loggedAt)
    const { json } = await a.call('data.exportJson', {})

    const b = testCore()
    cores.push(b.core)
    expect(await b.call('data.importJson', { json })).toEqual({ issues: 1 })
    const detail = await b.call('issues.get', { id: issue.id })
    expect(detail.issue).toEqual((await a.call('issues.get', { id: issue.id })).issue)
    expect(detail.timeline.map((e) => e.kind).sort()).toEqual(['created', 'sev1Consulted', 'stepDone'])
    expect(b.core.store.alerts.all()).toEqual(a.core.store.alerts.all()) // what was alerted is not alerted again

    const before = hashDb(b.core)
    const broken = readDump(json)
    broken.issues[0].issue.track = 'nope'
    expect((await b.callRaw('data.importJson', { json: writeDump(broken) })).ok).toBe(false)
    expect((await b.callRaw('data.importJson', { json: '{not json' })).ok).toBe(false)
    expect(hashDb(b.core)).toBe(before)
  })
})

