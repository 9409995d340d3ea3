import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { findBrowser } from '../../scripts/find-browser.mjs'
import type { Channel, IpcResult, ReplyOf, RequestOf } from '../../shared/ipc'

export const ARTIFACTS = path.resolve('test/artifacts')
fs.mkdirSync(ARTIFACTS, { recursive: true })

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export interface HostProcess {
  url: string
  token: string
  dataDir: string
  /** Everything the host printed, for assertions and for debugging a failure. */
  output: () => string
  stop(): Promise<void>
}

export interface HostOptions {
  /** Starts the host on its test clock at this instant (ISO with offset): `--now`. */
  now?: string
  /** More command-line arguments (e.g. `--new-file`). */
  args?: string[]
}

/** Starts `node out/main/preview.js` on a free port with its own data folder and waits for its URL. */
export async function startHost(dataDir?: string, env: Record<string, string> = {}, options: HostOptions = {}): Promise<HostProcess> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-tray-e2e-'))
  const args = ['out/main/preview.js', '--data', dir, ...(options.now ? ['--now', options.now] : []), ...(options.args ?? [])]
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview host did not start:\n${out}`)), 20_000)
    const check = () => {
      const m = /→ (http:\/\/127\.0\.0\.1:\d+\/)#token=(\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[0].slice(2))
      }
    }
    child.stdout!.on('data', check)
    child.on('exit', (code) => reject(new Error(`preview host exited (${code}):\n${out}`)))
  })
  const [base, token] = url.split('#token=')
  return {
    url: base,
    token,
    dataDir: dir,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser()
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-test-tools.mjs` or set CHROMIUM_PATH')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
}

export interface Preview extends HostProcess {
  browser: Browser
  page: Page
  /** Opens a page of the app (e.g. 'quick.html' or 'index.html#/settings') with this run's token. */
  open(pagePath?: string): Promise<Page>
}

/** A preview host plus a Chromium page on it, with the Korean locale and the KST zone of the users. */
export async function startPreview(options: { dataDir?: string; env?: Record<string, string>; now?: string } = {}): Promise<Preview> {
  const host = await startHost(options.dataDir, options.env, { now: options.now })
  const browser = await launchBrowser()
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 860 } })
  const open = async (pagePath = 'index.html') => {
    const page = await context.newPage()
    const [file, route] = pagePath.split('#')
    await page.goto(`${host.url}${file}#token=${host.token}`)
    if (route) await page.evaluate(`location.hash = ${JSON.stringify(route)}`) // runs in the page
    return page
  }
  const page = await open('quick.html')
  return {
    ...host,
    browser,
    page,
    open,
    stop: async () => {
      await browser.close()
      await host.stop()
    },
  }
}

/** Calls a channel of a running preview host over HTTP, as the page does, and returns the typed reply. */
export async function callHost<C extends Channel>(host: { url: string; token: string }, channel: C, request: RequestOf<C>): Promise<ReplyOf<C>> {
  const res = await fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Token': host.token },
    body: JSON.stringify(request ?? {}),
  })
  const reply = (await res.json()) as IpcResult<ReplyOf<C>>
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`)
  return reply.value
}

/**
 * Moves the test clock of a host started with `now` (jump to `setTo`, then step by `advanceMs`); the
 * escalation clock resyncs and the open pages re-learn the host's now. Returns the host's new now.
 */
export async function moveClock(host: { url: string; token: string }, move: { setTo?: string; advanceMs?: number }): Promise<string> {
  const res = await fetch(`${host.url}api/test.clock`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Token': host.token },
    body: JSON.stringify(move),
  })
  const reply = (await res.json()) as IpcResult<{ now: string }>
  if (!reply.ok) throw new Error(`test.clock: ${reply.error.code} ${reply.error.message}`)
  return reply.value.now
}

/** A weekday inside Korean business hours, far from any closing: Wednesday 2026-12-02 10:00 KST. */
export const BUSINESS_MORNING = '2026-12-02T10:00:00+09:00'

/**
 * In the quick entry, types `title`, raises it to Sev1 with no Veeam Korea SE chosen and presses
 * Enter: returns the refusal shown next to the severity field.
 */
export async function sev1WithoutSe(page: Page, title: string): Promise<string> {
  await page.locator('input[name="title"]').waitFor()
  await page.keyboard.type(title)
  await page.keyboard.press('Alt+2')
  await page.locator('select[name="severity"]').selectOption('1')
  await page.locator('input[name="title"]').focus()
  await page.keyboard.press('Enter')
  const msg = page.locator('#q-severity-error')
  await msg.waitFor()
  return msg.innerText()
}
