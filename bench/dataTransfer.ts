import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fmtMs, report } from './measure'

const TOKEN = 'bench-token-0123456789abcdefghijklmnop'
const NOW = '2026-11-25T01:00:00.000Z'

interface Host {
  child: ChildProcess
  base: string
}

/** The built preview host (`out/main/preview.js`) on a data folder, as `npm run web` starts it. */
async function startHost(dataDir: string): Promise<Host> {
  const script = path.resolve('out', 'main', 'preview.js')
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run electron-vite build first`)
  const child = spawn(process.execPath, [script, '--data', dataDir, '--port', '0', '--token', TOKEN, '--now', NOW], { stdio: ['ignore', 'pipe', 'inherit'] })
  const base = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /→ (http:\/\/127\.0\.0\.1:\d+\/)#token=/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`preview host exited (${code}): ${out}`)))
  })
  child.stdout!.resume()
  return { child, base }
}

/** The host's peak resident memory so far (Linux: VmHWM), in MB. */
function peakRssMb(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024
}

async function stopHost(host: Host): Promise<void> {
  const exited = new Promise((r) => host.child.once('exit', r))
  host.child.kill('SIGTERM')
  await exited
}

/** Round trips of a cheap call while `busy` runs: the worst is how long the host's event loop was held up. */
async function worstReplyDuring(base: string, busy: Promise<unknown>): Promise<number> {
  let done = false
  void busy.finally(() => (done = true))
  let worst = 0
  while (!done) {
    const t0 = performance.now()
    await post(base, 'api/app.info', '{}')
    worst = Math.max(worst, performance.now() - t0)
    await new Promise((r) => setTimeout(r, 20))
  }
  return worst
}

function post(base: string, route: string, body: string | fs.ReadStream, length = Buffer.byteLength(body as string)): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(route, base), { method: 'POST', agent: false, headers: { 'X-Api-Token': TOKEN, 'Content-Type': 'application/json', 'Content-Length': length } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (text += c))
      res.on('end', () => resolve(text))
    })
    req.on('error', reject)
    if (typeof body === 'string') req.end(body)
    else body.pipe(req)
  })
}

/**
 * Export and import of a 100,000-issue file through the path the UI uses in the preview: the built
 * host's streamed download and upload over HTTP, each host in its own process so that its peak
 * memory (VmHWM) is its own. While the import runs, a cheap call is timed over and over: its worst
 * round trip is the longest the host's main thread was held up (the clock and the page wait that long).
 */
export async function dataTransferThroughUi(dataDir: string): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-bench-file-')), 'veeam-tray.jsonl')

  const source = await startHost(dataDir)
  const t0 = performance.now()
  const res = await fetch(new URL('api/data.export', source.base), { headers: { 'X-Api-Token': TOKEN } })
  if (!res.ok || !res.body) throw new Error(`export: ${res.status}`)
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), fs.createWriteStream(file))
  const exportMs = performance.now() - t0
  const exportPeak = peakRssMb(source.child)
  await stopHost(source)
  const mb = fs.statSync(file).size / 1e6
  report('export 100,000 issues (GET /api/data.export, streamed)', `${(exportMs / 1000).toFixed(1)} s, ${mb.toFixed(0)} MB, host peak ${exportPeak.toFixed(0)} MB`, '< 5 s, < 300 MB', exportMs < 5000 && exportPeak < 300)

  const target = await startHost(fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-bench-import-')))
  const t1 = performance.now()
  const upload = post(target.base, 'api/data.import', fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), fs.statSync(file).size)
  const worst = await worstReplyDuring(target.base, upload)
  const reply = JSON.parse(await upload) as { ok: boolean; value?: { issues: number }; error?: { message: string } }
  const importMs = performance.now() - t1
  const importPeak = peakRssMb(target.child)
  await stopHost(target)
  if (!reply.ok || reply.value?.issues !== 100_000) throw new Error(`import: ${JSON.stringify(reply)}`)
  report(
    'import 100,000 issues (POST /api/data.import, after a backup)',
    `${(importMs / 1000).toFixed(1)} s, host peak ${importPeak.toFixed(0)} MB`,
    '< 15 s, < 400 MB',
    importMs < 15000 && importPeak < 400,
  )
  report('  host main thread held up during the import (worst app.info reply)', fmtMs(worst))
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
}

// Alone (while developing): `npx tsx bench/dataTransfer.ts` after `electron-vite build`.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/dataTransfer.ts')) {
  void (async () => {
    const { Core } = await import('../electron/core/core')
    const { seed } = await import('./store')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-bench-'))
    const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'web', version: 'bench', now: () => new Date(NOW) })
    seed(core, 100_000, 0.1)
    core.close()
    await dataTransferThroughUi(dir)
  })()
}
