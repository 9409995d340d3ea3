import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { Core } from '../../../../electron/core/core'
import { AppSettingsSchema, QuickEntrySchema } from '../../../../shared/model'
import { TestClock, tempDir } from '../../core/testCore'

const ROOT = path.resolve(__dirname, '..', '..', '..', '..')
export const BUILT_MAIN = path.join(ROOT, 'out', 'main', 'index.js')
const FAKE = path.join(__dirname, 'fake-electron.cjs')

export type Platform = 'win32' | 'darwin' | 'linux'

/** What the fake records: what the user would see (see fake-electron.cjs). */
export interface FakeState {
  platform: Platform
  dialogs: { type: string; title: string; message: string; detail?: string; buttons?: string[] }[]
  fileDialogs: { kind: 'save' | 'open'; title: string; defaultPath?: string; properties?: string[]; filters?: { name: string; extensions: string[] }[] }[]
  notifications: { title: string; body: string; id?: string; timeoutType?: string; toastXml?: string; shown: boolean; closed: boolean; inActionCenter: boolean; removedFromCenter?: boolean; dropped?: string }[]
  windows: {
    title: string
    loaded: string
    visible: boolean
    focused: boolean
    bounds: { x: number; y: number; width: number; height: number }
    options: { frame?: boolean; alwaysOnTop?: boolean; skipTaskbar?: boolean }
    allWorkspaces: { visible: boolean; visibleOnFullScreen?: boolean } | null
    flashed: boolean
    reloads?: number
    sent: { channel: string; payload: unknown }[]
  }[]
  tray: { image: string; tooltip: string; title: string; menu: { label?: string; type?: string; enabled?: boolean; accelerator?: string }[] } | null
  appMenu: 'default' | null | string[]
  loginItem: { openAtLogin: boolean; args?: string[] }[]
  dockHidden: boolean
  shellOpened: string[]
  appEvents: string[]
  shortcuts: string[]
  /** Windows: the toast activator CLSID this run registered (random per run unless the app fixes it). */
  toastActivatorCLSID?: string
  /** What the pages saw go wrong calling the main process on load. */
  pageErrors: string[]
  /** Exceptions and promise rejections nothing in main caught. */
  uncaught: string[]
  exitCode: number | null
}

/** A data folder with one 심각 issue logged at `loggedAt`; the app then starts later, its deadlines passed. */
export function seededDataFolder(loggedAt: string, settings: Record<string, unknown> = {}): string {
  const dir = tempDir('veeam-tray-main-')
  const clock = new TestClock(new Date(loggedAt))
  const core = new Core({ file: path.join(dir, 'veeam-escalation.db'), host: 'electron', version: 'test', now: clock.now })
  core.issues.create(QuickEntrySchema.parse({ title: '백업 작업 실패 0x80070005', track: 'critical', customerName: '한빛상사', renewal: 'basic', severity: 2 }))
  if (Object.keys(settings).length) core.settings.update(AppSettingsSchema.parse({ ...core.settings.get(), ...settings }))
  core.close()
  return dir
}

export interface RunningMain {
  send<T = unknown>(cmd: string, args?: Record<string, unknown>): Promise<T>
  state(): Promise<FakeState>
  /** Resolves with the final state once the process has exited. */
  exited: Promise<FakeState>
  kill(): void
}

/** Runs the built main in a child Node process whose `require('electron')` is the fake, on the given platform. */
export async function runBuiltMain(o: { platform: Platform; userData: string; now: string; env?: Record<string, string> }): Promise<RunningMain> {
  const stateFile = path.join(o.userData, '..', `${path.basename(o.userData)}-state.json`)
  const child: ChildProcess = fork(BUILT_MAIN, [], {
    execArgv: ['--require', FAKE],
    env: { ...process.env, ELECTRON_RENDERER_URL: '', FAKE_PLATFORM: o.platform, FAKE_USER_DATA: o.userData, FAKE_NOW: o.now, FAKE_STATE_FILE: stateFile, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>()
  let next = 1
  child.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id)
    pending.delete(m.id)
    if (m.error) p?.reject(new Error(m.error))
    else p?.resolve(m.result)
  })
  const exited = new Promise<FakeState>((resolve, reject) => {
    child.on('exit', () => {
      for (const p of pending.values()) p.reject(new Error(`main exited:\n${output}`))
      try {
        resolve(JSON.parse(fs.readFileSync(stateFile, 'utf8')) as FakeState)
      } catch {
        reject(new Error(`main exited without state:\n${output}`))
      }
    })
  })
  exited.catch(() => {})
  const send = <T>(cmd: string, args: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      if (child.exitCode !== null || !child.connected) return reject(new Error(`main is not running:\n${output}`))
      const id = next++
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      child.send({ id, cmd, ...args })
    })
  const running: RunningMain = { send, state: () => send<FakeState>('state'), exited, kill: () => child.kill() }
  // Started: the tray exists (or the process ended, e.g. the user chose 종료).
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) break
    const s = await send<FakeState>('state').catch(() => null)
    if (s?.tray && s.windows.length >= 2) return running
    await new Promise((r) => setTimeout(r, 50))
  }
  if (child.exitCode === null && !child.connected) throw new Error(`main did not start:\n${output}`)
  return running // the test asserts what the user sees, including a start that did not happen
}
