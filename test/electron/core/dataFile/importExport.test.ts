import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../electron/core/core'
import { readDump, writeDump } from '../dumpFile'
import { testCore } from '../testCore'

const cores: Core[] = []
afterEach(() => {
  for (const c of cores.splice(0)) c.close()
})
const open = (start?: string) => {
  const t = testCore(start)
  cores.push(t.core)
  return t
}

/** Every row of every table an import replaces (and the settings), in rowid order. */
const rowsHash = (core: Core): string => {
  const h = createHash('sha256')
  for (const t of ['issues', 'timeline', 'step_states', 'contacts', 'customers', 'settings', 'settings_history', 'alerts_sent']) {
    h.update(JSON.stringify(core.store.connection.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()))
  }
  return h.digest('hex')
}
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('.import-'))
const backups = (core: Core) => (fs.existsSync(core.store.backupDir) ? fs.readdirSync(core.store.backupDir).sort() : [])
const chunksOf = (text: string, size = 64 * 1024) => {
  const bytes = Buffer.from(text, 'utf8')
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
  })()
}

/** A file with a contact, a customer, two issues with steps and timeline, an alert sent, and changed settings. */
async function filled() {
  const a = open()
  const se = await a.call('contacts.save', { name: '이SE', role: 'veeamSe', phone: '010-3333-4444' })
  await a.call('customers.save', { name: '한빛상사', status: 'operating', renewal: 'production', product: 'VBR', version: '12.3', distributorContactId: null, seContactId: se.id })
  const one = await a.call('issues.create', { title: 'DB 장애 백업 실패', track: 'critical', severity: 1, sev1ConsultedSeId: se.id, customerName: '한빛상사', renewal: 'basic', errorMessage: 'Error 0x80070005' })
  await a.call('issues.create', { title: '라이선스 문의', track: 'sales' })
  await a.call('steps.mark', { issueId: one.id, stepId: 'C4', status: 'done', at: a.clock.now().toISOString() })
  await a.call('timeline.note', { issueId: one.id, text: '고객과 통화함 📞' })
  const { loggedAt } = (await a.call('issues.get', { id: one.id })).issue
  a.core.store.alerts.markSent({ issueId: one.id, target: 'C2', kind: 'at', dueAt: loggedAt }, loggedAt)
  const settings = await a.call('settings.get', {})
  await a.call('settings.update', { settings: { ...settings, language: 'en' } })
  return a
}

describe('the data file streams out and back, all or nothing', () => {
  it('round trip: every table, the settings and the alerts sent come back equal, and search finds the same', async () => {
    const a = await filled()
    const text = await a.core.data.exportJson()
    const lines = text.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0]).toMatchObject({ format: 'veeam-escalation-tray/2', settings: { language: 'en' } })
    expect(lines.at(-1)).toEqual({ end: { contacts: 1, customers: 1, issues: 2, alertsSent: 1 } })

    const b = open()
    expect(await b.core.data.importStream(chunksOf(text, 7), null)).toBe(2) // 7-byte chunks: every Korean character split somewhere
    const db = (c: Core) => c.store.connection
    for (const t of ['issues', 'step_states', 'contacts', 'customers', 'alerts_sent']) {
      expect(db(b.core).prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()).toEqual(db(a.core).prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())
    }
    const timeline = (c: Core) => db(c).prepare('SELECT issue_id, at, kind, data FROM timeline ORDER BY issue_id, substr(at, 1, 19), id').all()
    expect(timeline(b.core)).toEqual(timeline(a.core))
    expect(await b.call('settings.get', {})).toEqual(await a.call('settings.get', {}))
    for (const q of ['백업', '장애', '복', '0x80070005', '라이선스', '한빛']) {
      expect((await b.call('issues.list', { query: q, includeClosed: true })).map((i) => i.id)).toEqual((await a.call('issues.list', { query: q, includeClosed: true })).map((i) => i.id))
    }
    for (const fts of ['issues_fts', 'issues_fts2']) db(b.core).prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run()
    expect(leftovers(b.dir)).toEqual([])
    expect(backups(b.core).some((f) => f.includes('preimport'))).toBe(true)
  })

  it('an import over existing data replaces it; search then finds only the imported issues (the index warmed before)', async () => {
    const a = await filled()
    const text = await a.core.data.exportJson()
    const b = open()
    for (let i = 0; i < 30; i++) await b.call('issues.create', { title: `기존 복제 이슈 ${i}`, track: 'general' })
    expect((await b.call('issues.list', { query: '복제' })).length).toBe(30)
    await b.core.data.importJson(text)
    expect(await b.call('issues.list', { query: '복제' })).toEqual([])
    expect((await b.call('issues.list', { query: '장애' })).map((i) => i.title)).toEqual(['DB 장애 백업 실패'])
    const created = await b.call('issues.create', { title: '가져온 뒤 새 프록시 이슈', track: 'general' })
    expect((await b.call('issues.list', { query: '프록시' })).map((i) => i.id)).toEqual([created.id])
    for (const fts of ['issues_fts', 'issues_fts2']) b.core.store.connection.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run()
  })

  it('an old /1 file (one JSON document) still imports', async () => {
    const a = await filled()
    const d = readDump(await a.core.data.exportJson())
    const v1 = JSON.stringify({ ...d, format: 'veeam-escalation-tray/1' }, null, 2)
    const b = open()
    expect(await b.call('data.importJson', { json: v1 })).toEqual({ issues: 2 })
    expect((await b.call('issues.list', { includeClosed: true })).map((i) => i.title).sort()).toEqual(['DB 장애 백업 실패', '라이선스 문의'])
    expect(b.core.store.alerts.all()).toEqual(a.core.store.alerts.all())
    expect((await b.call('settings.get', {})).language).toBe('en')
  })

  describe('a rejected file changes nothing: the same rows, no backup, no staging file', () => {
    async function expectRejected(feed: (b: ReturnType<typeof open>) => Promise<unknown>, code: string, message: RegExp) {
      const b = open()
      await b.call('issues.create', { title: '지금 있는 이슈', track: 'general' })
      const before = rowsHash(b.core)
      const backupsBefore = backups(b.core)
      await expect(feed(b)).rejects.toMatchObject({ code, message: expect.stringMatching(message) })
      expect(rowsHash(b.core)).toBe(before)
      expect(backups(b.core)).toEqual(backupsBefore)
      expect(leftovers(b.dir)).toEqual([])
      return b
    }

    it('a bad line at record 50,001', async () => {
      const a = await filled()
      const d = readDump(await a.core.data.exportJson())
      const header = JSON.stringify({ format: d.format, exportedAt: d.exportedAt, settings: d.settings })
      const contacts = Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ contact: { id: i + 1, name: `담당 ${i}`, role: 'partner', company: '', phone: '', email: '' } }))
      const bad = JSON.stringify({ contact: { id: 50_001, name: '', role: 'nobody', company: '', phone: '', email: '' } })
      const text = [header, ...contacts, bad, JSON.stringify({ end: { contacts: 50_001, customers: 0, issues: 0, alertsSent: 0 } })].join('\n')
      await expectRejected((b) => b.core.data.importStream(chunksOf(text), null), 'invalid', /50002번째 줄/)
    })

    it('a truncated file (cut mid-way, or without its end line)', async () => {
      const a = await filled()
      const text = await a.core.data.exportJson()
      await expectRejected((b) => b.core.data.importJson(text.slice(0, Math.floor(text.length * 0.6))), 'invalid', /./)
      const withoutEnd = text.trim().split('\n').slice(0, -1).join('\n')
      await expectRejected((b) => b.core.data.importJson(withoutEnd), 'invalid', /끊겼습니다/)
      const d = readDump(text)
      d.issues.pop()
      const fewer = writeDump(d).replace('"issues":1', '"issues":2') // the end line still counts the lost issue
      await expectRejected((b) => b.core.data.importJson(fewer), 'invalid', /issues: 1개 읽음, end 줄은 2개/)
    })

    it('a duplicate id, in Korean with the existing message', async () => {
      const a = await filled()
      const d = readDump(await a.core.data.exportJson())
      d.issues.push(structuredClone(d.issues[0]))
      await expectRejected((b) => b.core.data.importJson(writeDump(d)), 'importConflict', /겹칩니다.*아무것도 바꾸지 않았습니다/)
    })

    it('a cancel mid-way; the next import runs normally', async () => {
      const a = await filled()
      const text = await a.core.data.exportJson()
      const d = readDump(text)
      const header = JSON.stringify({ format: d.format, exportedAt: d.exportedAt, settings: d.settings })
      let b!: ReturnType<typeof open>
      const slow = async function* () {
        yield Buffer.from(header + '\n')
        for (let i = 1; i <= 5000; i++) {
          yield Buffer.from(JSON.stringify({ contact: { id: i, name: `담당 ${i}`, role: 'partner', company: '', phone: '', email: '' } }) + '\n')
          if (i === 2500) expect(b.core.data.cancelImport()).toBe(true)
        }
      }
      b = await expectRejected((t) => ((b = t), t.core.data.importStream(slow(), null)), 'cancelled', /취소했습니다/)
      expect(b.core.data.cancelImport()).toBe(false) // none runs now
      expect(await b.core.data.importJson(text)).toBe(2)
    })
  })

  it('progress: bytes read of the total and records, at most every 100 ms, ending at the whole file', async () => {
    const a = await filled()
    const text = await a.core.data.exportJson()
    const b = open()
    const seen: { bytesRead: number; bytesTotal: number | null; records: number; phase: string }[] = []
    b.core.hub.onEvent('dataImportProgress', (p) => seen.push(p))
    await b.core.data.importStream(chunksOf(text, 100), Buffer.byteLength(text))
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(seen.every((p) => p.bytesTotal === Buffer.byteLength(text))).toBe(true)
    expect(seen.map((p) => p.bytesRead)).toEqual([...seen.map((p) => p.bytesRead)].sort((x, y) => x - y))
    expect(seen.filter((p) => p.phase === 'reading').at(-1)!.bytesRead).toBe(Buffer.byteLength(text))
    expect(seen.at(-1)).toMatchObject({ phase: 'applying', records: 2, bytesRead: Buffer.byteLength(text) })
  })

  it('a second import while one runs is refused; staging files a crash left are removed at the next start, nothing else', async () => {
    const b = open()
    const never = (async function* () {
      yield Buffer.from('{"format":"veeam-escalation-tray/2",')
      await new Promise(() => {})
    })()
    void b.core.data.importStream(never, null).catch(() => {})
    await new Promise((r) => setTimeout(r, 10))
    await expect(b.core.data.importJson('{}')).rejects.toThrow(/이미 가져오는 중/)

    const dir = b.dir
    const keep = ['test.db.import-notes.txt', 'test.db.import-0123456789abcdeg', 'other.db.import-0123456789abcdef']
    const crashed = ['test.db.import-0123456789abcdef', 'test.db.import-0123456789abcdef-journal']
    for (const f of [...keep, ...crashed]) fs.writeFileSync(path.join(dir, f), 'x')
    const { core } = testCore(undefined, dir)
    cores.push(core)
    for (const f of keep) expect(fs.existsSync(path.join(dir, f))).toBe(true)
    for (const f of crashed) expect(fs.existsSync(path.join(dir, f))).toBe(false)
  })
})
