// The real built out/main/index.js, run in Node with `require('electron')` answered by a fake
// written from Electron 45's electron.d.ts and docs (fake-electron.cjs), once per platform branch.
// Built by the e2e global setup (the same one build step as the browser suite). better-sqlite3 is
// the Node build here: the Electron-ABI build (.electron-native/) cannot be made on this machine, and
// main falls back to the package's own build when that file is absent — which is what runs here.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBuiltMain, seededDataFolder, type FakeState, type Platform, type RunningMain } from './runBuiltMain'
import { tempDir } from '../../core/testCore'
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY } from '../../../../shared/ipc'

const LOGGED = '2026-11-25T01:00:00.000Z' // Wed 10:00 KST: the issue is logged
const LATER = '2026-11-26T02:00:00.000Z' // the next day: the app starts, every first deadline passed meanwhile
const running: RunningMain[] = []
afterEach(() => {
  for (const r of running.splice(0)) r.kill()
})
async function start(platform: Platform, o: { userData?: string; env?: Record<string, string>; settings?: Record<string, unknown>; now?: string } = {}) {
  const userData = o.userData ?? seededDataFolder(LOGGED, o.settings)
  const r = await runBuiltMain({ platform, userData, now: o.now ?? LATER, env: o.env })
  running.push(r)
  return { r, userData }
}
const page = (s: FakeState, name: 'index' | 'quick') => s.windows.find((w) => w.loaded.endsWith(`${name}.html`))!
const labels = (s: FakeState) => s.tray!.menu.map((i) => i.label ?? i.type)
const waitFor = async (r: RunningMain, ok: (s: FakeState) => boolean): Promise<FakeState> => {
  for (let i = 0; i < 100; i++) {
    const s = await r.state()
    if (ok(s)) return s
    await new Promise((res) => setTimeout(res, 30))
  }
  return r.state()
}

describe.each(['win32', 'darwin', 'linux'] as const)('the desktop app on %s', (platform) => {
  it('first start: the dashboard, a tray that shows the overdue issue, one lasting notification of what was missed, a log file', async () => {
    const { r, userData } = await start(platform)
    const s = await waitFor(r, (x) => x.notifications.length > 0)
    expect(page(s, 'index').visible).toBe(true)
    expect(page(s, 'quick').visible).toBe(false)
    expect(s.tray!.tooltip).toMatch(/초과/)
    expect(s.tray!.image).toMatch(/tray-alert\.(ico|png)$/)
    expect(labels(s)).toEqual(expect.arrayContaining(['빠른 등록…', '대시보드', '로그 폴더 열기', '종료']))
    expect(labels(s).some((l) => String(l).includes('한빛상사'))).toBe(true)
    expect(s.tray!.menu.find((i) => i.label === '빠른 등록…')!.accelerator).toBe('CommandOrControl+Alt+V')
    const missed = s.notifications.filter((n) => n.shown)
    expect(missed).toHaveLength(1)
    expect(missed[0].title + missed[0].body).toMatch(/한빛상사|놓친|지난|초과/)
    if (platform === 'win32') {
      expect(missed[0].toastXml).toMatch(/scenario="reminder"/)
      expect(missed[0].toastXml).toMatch(/launch="action=open&#38;issue=1"/)
      expect(missed[0].toastXml).toContain('10분 미루기')
    } else expect(missed[0].timeoutType).toBe('never')
    // No Reload/DevTools menu: none on Windows and Linux, Edit (copy/paste) on macOS.
    expect(s.appMenu).toEqual(platform === 'darwin' ? ['appMenu', 'editMenu', 'windowMenu'] : null)
    expect(s.dockHidden).toBe(platform === 'darwin')
    expect(s.shortcuts).toEqual(['CommandOrControl+Alt+V'])
    expect(fs.readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toMatch(/started .* shortcut CommandOrControl\+Alt\+V: registered/)
    const desktop = await r.send<{ ok: true; value: { startAtLoginSupported: boolean } }>('invoke', { channel: 'app.desktop', payload: {}, url: s.windows[0].loaded.startsWith('/') ? `file://${s.windows[0].loaded}` : s.windows[0].loaded })
    expect(desktop).toMatchObject({ ok: true, value: { shortcut: { accelerator: 'CommandOrControl+Alt+V', state: 'registered' }, startAtLoginSupported: platform !== 'linux' } })
    const after = await r.state()
    expect(after.pageErrors).toEqual([]) // both pages' first call on load was answered
    expect(after.uncaught).toEqual([])
  })

  it('started again while the first start is still running: the dashboard opens once start is done, and its page finds the main process ready', async () => {
    const { r } = await start(platform, { env: { FAKE_SECOND_INSTANCE_AT_START: '1' } })
    const s = await waitFor(r, (x) => x.windows.length >= 2 && page(x, 'index').visible)
    await new Promise((res) => setTimeout(res, 100)) // the pages' first calls
    const after = await r.state()
    expect(after.pageErrors).toEqual([])
    expect(after.uncaught).toEqual([])
    expect(page(s, 'index').visible).toBe(true)
    expect(after.windows).toHaveLength(2)
  })

  it('a link with no application to open it (tel: on a desktop without a phone app): a clear error to the page, the app keeps running', async () => {
    const { r } = await start(platform, { env: { FAKE_NO_URL_HANDLER: JSON.stringify(['tel:']) } })
    const own = `file://${page(await r.state(), 'index').loaded}`
    const reply = await r.send('invoke', { channel: 'shell.openExternal', payload: { url: 'tel:02-1234-5678' }, url: own })
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringMatching(/tel:02-1234-5678.*열 앱이 없습니다/) } })
    // The same link through window.open (the page's fallback) is denied and fails quietly into the log.
    expect(await r.send('windowOpen', { page: 'index', url: 'tel:02-1234-5678' })).toEqual({ action: 'deny' })
    const ok = await r.send('invoke', { channel: 'shell.openExternal', payload: { url: 'https://www.veeam.com/kb1234' }, url: own })
    expect(ok).toEqual({ ok: true, value: { openedByHost: true } })
    await new Promise((res) => setTimeout(res, 50))
    const s = await r.state()
    expect(s.shellOpened).toEqual(['https://www.veeam.com/kb1234'])
    expect(s.uncaught).toEqual([])
    expect(s.exitCode).toBeNull()
  })

  it('shortcut taken by another app: the app still starts fully and says where to change it', async () => {
    const { r } = await start(platform, { env: { FAKE_TAKEN_SHORTCUTS: JSON.stringify(['CommandOrControl+Alt+V']) } })
    const s = await waitFor(r, (x) => x.notifications.length >= 2)
    const text = '단축키 CommandOrControl+Alt+V를 쓸 수 없습니다 (다른 앱이 쓰고 있습니다) — 설정에서 바꾸세요'
    expect(s.tray!.menu[0]).toMatchObject({ label: text, enabled: false })
    expect(s.tray!.menu.find((i) => i.label === '빠른 등록…')!.accelerator).toBeUndefined()
    expect(s.notifications.some((n) => n.body === text)).toBe(true)
    expect(page(s, 'index').visible).toBe(true)
    await r.send('clickTrayMenu', { label: '빠른 등록…' })
    expect(page(await r.state(), 'quick').visible).toBe(true)
  })

  it('a shortcut register throws on does not stop the start; one typed with the Korean IME never reaches register', async () => {
    // FAKE_THROWING_SHORTCUTS: register throws for it (as Electron does for an accelerator it cannot convert).
    const { r } = await start(platform, { env: { FAKE_THROWING_SHORTCUTS: JSON.stringify(['CommandOrControl+Alt+V']) } })
    const s = await waitFor(r, (x) => x.notifications.some((n) => n.body.startsWith('단축키')))
    expect(s.tray!.menu[0]).toMatchObject({ label: '단축키 CommandOrControl+Alt+V를 쓸 수 없습니다 (단축키 형식이 아닙니다) — 설정에서 바꾸세요', enabled: false })
    expect(page(s, 'index').visible).toBe(true)
    expect(s.notifications.some((n) => n.title.includes('한빛상사') || n.body.includes('한빛상사'))).toBe(true) // the clock runs
    r.kill()
    // 'Ctrl+Alt+ㅍ' stored by an older version: today's rule falls back to the default, which registers.
    const { r: r2 } = await start(platform, { userData: withStoredShortcut(seededDataFolder(LOGGED), 'Ctrl+Alt+ㅍ') })
    const s2 = await r2.state()
    expect(s2.shortcuts).toEqual(['CommandOrControl+Alt+V'])
    expect(s2.tray!.menu[0].label).not.toMatch(/단축키/)
  })

  it('a damaged database: the recovery choice, the damaged file kept byte for byte, then a working app', async () => {
    const userData = seededDataFolder(LOGGED)
    const db = path.join(userData, 'veeam-escalation.db')
    for (const f of fs.readdirSync(userData)) if (f.startsWith('veeam-escalation.db-')) fs.rmSync(path.join(userData, f))
    const garbage = Buffer.from('이건 데이터베이스가 아닙니다 '.repeat(200))
    fs.writeFileSync(db, garbage)
    const { r } = await start(platform, { userData, env: { FAKE_DIALOG_ANSWERS: '[1]' } })
    const s = await r.state()
    expect(s.dialogs[0]).toMatchObject({ type: 'error', title: '데이터 파일 오류', buttons: ['최근 정상 백업으로 복원', '새 파일로 시작', '종료'] })
    expect(s.dialogs[1]).toMatchObject({ type: 'info', message: '새 파일로 시작했습니다.' })
    const kept = fs.readdirSync(userData).filter((f) => f !== 'veeam-escalation.db' && fs.statSync(path.join(userData, f)).isFile() && fs.readFileSync(path.join(userData, f)).equals(garbage))
    expect(kept).toHaveLength(1)
    expect(s.dialogs[1].detail).toContain(kept[0])
    expect(s.tray).not.toBeNull()
    expect(page(s, 'index').visible).toBe(true)
  })

  it('a damaged database and 종료: the app quits, the file untouched', async () => {
    const userData = seededDataFolder(LOGGED)
    const db = path.join(userData, 'veeam-escalation.db')
    const garbage = Buffer.from('not a database'.repeat(100))
    fs.writeFileSync(db, garbage)
    const { r } = await start(platform, { userData, env: { FAKE_DIALOG_ANSWERS: '[2]' } })
    const s = await r.exited
    expect(s.dialogs).toHaveLength(1)
    expect(s.tray).toBeNull()
    expect(fs.readFileSync(db).equals(garbage)).toBe(true)
  })

  it('a start that fails shows a Korean dialog (what happened, what to do, where the log is) and ends, never silently', async () => {
    const base = seededDataFolder(LOGGED)
    const userData = path.join(base, 'not-a-folder')
    fs.writeFileSync(userData, 'a file where the data folder should be') // e.g. a sync tool replaced the folder
    const r = await runBuiltMain({ platform, userData, now: LATER, env: { FAKE_DIALOG_ANSWERS: '[0]' } })
    running.push(r)
    const s = await r.exited
    expect(s.dialogs).toHaveLength(1)
    expect(s.dialogs[0]).toMatchObject({ type: 'error', message: '앱을 시작하지 못했습니다', buttons: ['로그 폴더 열기', '종료'] })
    expect(s.dialogs[0].detail).toMatch(/원인: .+\n\n할 일: 앱을 다시 시작해 보세요/)
    expect(s.dialogs[0].detail).toContain(path.join(userData, 'logs', 'main.log'))
    expect(s.shellOpened).toEqual([path.join(userData, 'logs')]) // 로그 폴더 열기
    expect(s.exitCode).toBe(1)
    expect(s.tray).toBeNull()
  })

  it('shortcut press → the quick window on the cursor’s display, centred near the top, focused, hidden on blur', async () => {
    const { r } = await start(platform)
    await r.send('moveCursor', { x: 2500, y: 700 }) // on the second monitor (x 1920–4480)
    expect(await r.send('pressShortcut')).toBe(1)
    const s = await r.state()
    const q = page(s, 'quick')
    expect(q).toMatchObject({ visible: true, focused: true, options: { frame: false, alwaysOnTop: true, skipTaskbar: true } })
    expect(q.bounds.x + q.bounds.width / 2).toBe(1920 + 2560 / 2)
    expect(q.bounds.y).toBe(210) // 15 % of the 1400 px work area
    expect(q.allWorkspaces).toEqual(platform === 'darwin' ? { visible: true, visibleOnFullScreen: true } : null)
    await r.send('blur', { page: 'quick' })
    expect(page(await r.state(), 'quick').visible).toBe(false)
  })

  it('tray click shows the quick window on Windows and macOS; on Linux (no click event) the menu does', async () => {
    const { r } = await start(platform)
    await r.send('trayClick')
    expect(page(await r.state(), 'quick').visible).toBe(platform !== 'linux')
    await r.send('clickTrayMenu', { label: '빠른 등록…' })
    expect(page(await r.state(), 'quick').visible).toBe(true)
  })

  it('notification click → the dashboard opens that issue', async () => {
    const { r } = await start(platform)
    await waitFor(r, (x) => x.notifications.length > 0)
    await r.send('closeWindow', { page: 'index' })
    expect(page(await r.state(), 'index').visible).toBe(false)
    await r.send('clickNotification', { index: 0 })
    const s = await r.state()
    expect(page(s, 'index').visible).toBe(true)
    expect(page(s, 'index').sent).toContainEqual({ channel: 'event:openIssue', payload: { issueId: 1 } })
  })

  it('second instance: the running app shows its dashboard; the second process opens nothing and ends', async () => {
    const { r, userData } = await start(platform)
    await r.send('closeWindow', { page: 'index' })
    const second = await runBuiltMain({ platform, userData, now: LATER, env: { FAKE_LOCK_HELD: '1' } })
    const s2 = await second.exited
    expect(s2.windows).toHaveLength(0)
    expect(s2.tray).toBeNull()
    // The login item starting a second copy (the running one was restored at sign-in) opens nothing.
    await r.send('emitApp', { event: 'second-instance', args: [['app', '--hidden'], userData] })
    await new Promise((res) => setTimeout(res, 50))
    expect(page(await r.state(), 'index').visible).toBe(false)
    await r.send('emitApp', { event: 'second-instance', args: [[], userData] })
    expect(page(await r.state(), 'index').visible).toBe(true)
  })

  it('`--quick` on the command line opens the quick window (for a desktop shortcut where global keys do not work, e.g. Wayland), in the running app or at start', async () => {
    const { r, userData } = await start(platform)
    await r.send('closeWindow', { page: 'index' })
    await r.send('emitApp', { event: 'second-instance', args: [['/opt/veeam-escalation-tray/app', '--quick'], userData] })
    const s = await waitFor(r, (x) => page(x, 'quick').visible)
    expect(page(s, 'quick')).toMatchObject({ visible: true, focused: true })
    expect(page(s, 'index').visible).toBe(false)
    r.kill()
    const { r: cold } = await start(platform, { env: { FAKE_ARGV: JSON.stringify(['--quick']) } })
    const c = await cold.state()
    expect(page(c, 'quick').visible).toBe(true)
    expect(page(c, 'index').visible).toBe(false)
  })

  it('a page whose renderer crashed or ran out of memory is loaded again (not left blank); one that ended cleanly is left alone', async () => {
    const { r, userData } = await start(platform)
    await r.send('rendererGone', { page: 'quick', reason: 'oom' })
    await r.send('rendererGone', { page: 'index', reason: 'crashed' })
    const s = await waitFor(r, (x) => page(x, 'index').reloads === 1)
    expect(page(s, 'quick').reloads).toBe(1)
    expect(page(s, 'index').reloads).toBe(1)
    await r.send('rendererGone', { page: 'index', reason: 'clean-exit' })
    await new Promise((res) => setTimeout(res, 50))
    const after = await r.state()
    expect(page(after, 'index').reloads).toBe(1)
    expect(after.pageErrors).toEqual([])
    expect(fs.readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toMatch(/renderer of index gone: crashed/)
  })

  it('resume after sleep: the clock catches up at once and alerts what fell due meanwhile', async () => {
    const { r } = await start(platform, { now: '2026-11-25T01:05:00.000Z' }) // 5 minutes after logging: later deadlines still ahead
    const before = (await r.state()).notifications.length
    await r.send('advance', { ms: 24 * 3600_000 }) // the laptop slept a day: node-schedule's timer did not fire
    await r.send('powerMonitor', { event: 'resume' })
    const s = await waitFor(r, (x) => x.notifications.length > before)
    expect(s.notifications.length).toBeGreaterThan(before)
  })

  it('changing the shortcut in Settings re-registers it at once and the tray shows the new one; a Korean-IME one is refused, nothing changed', async () => {
    const { r } = await start(platform)
    const s0 = await r.state()
    const own = `file://${page(s0, 'index').loaded}`
    const settings = ((await r.send('invoke', { channel: 'settings.get', payload: {}, url: own })) as { value: Record<string, unknown> }).value
    const bad = await r.send('invoke', { channel: 'settings.update', payload: { settings: { ...settings, shortcut: 'Ctrl+Alt+ㅍ' } }, url: own })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'settings.shortcut': expect.stringMatching(/영문·숫자/) } } })
    expect((await r.state()).shortcuts).toEqual(['CommandOrControl+Alt+V'])
    const good = await r.send('invoke', { channel: 'settings.update', payload: { settings: { ...settings, shortcut: 'Ctrl+Shift+Q' } }, url: own })
    expect(good).toMatchObject({ ok: true })
    const s = await waitFor(r, (x) => x.shortcuts[0] === 'Ctrl+Shift+Q')
    expect(s.shortcuts).toEqual(['Ctrl+Shift+Q'])
    expect(s.tray!.menu.find((i) => i.label === '빠른 등록…')!.accelerator).toBe('Ctrl+Shift+Q')
    // Only the app's own pages may call: a look-alike dev-server origin is refused.
    expect(await r.send('invoke', { channel: 'settings.get', payload: {}, url: 'http://localhost:5173.evil.com/index.html' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await r.send('permission', { permission: 'clipboard-sanitized-write', url: own })).toBe(true)
    expect(await r.send('permission', { permission: 'clipboard-sanitized-write', url: 'https://evil.example/' })).toBe(false)
  })

  it('quit from the tray: before-quit, the database closed cleanly, the process ends', async () => {
    const { r, userData } = await start(platform)
    await r.send('clickTrayMenu', { label: '종료' })
    const s = await r.exited
    expect(s.exitCode).toBe(0)
    expect(s.shortcuts).toEqual([])
    expect(fs.existsSync(path.join(userData, 'veeam-escalation.db-wal'))).toBe(false)
  })

})


// Start at login exists on Windows and macOS only (Electron's setLoginItemSettings does nothing on Linux;
// the first-start test above checks that Linux reports it unsupported).
describe.each(['win32', 'darwin'] as const)('start at login on %s', (platform) => {
  it('start at login: the login item is set, and a login start opens no window', async () => {
    const env: Record<string, string> = platform === 'win32' ? { FAKE_ARGV: JSON.stringify(['--hidden']) } : { FAKE_OPENED_AT_LOGIN: '1' }
    const { r } = await start(platform, { settings: { startAtLogin: true }, env })
    const s = await r.state()
    expect(s.loginItem.at(-1)).toEqual(platform === 'win32' ? { openAtLogin: true, args: ['--hidden'] } : { openAtLogin: true })
    expect(s.windows.every((w) => !w.visible)).toBe(true)
    expect(s.tray).not.toBeNull()
  })

})

describe('Linux only', () => {
  it('no notification daemon (Notification.isSupported() false): the app starts fully, the tray carries the overdue issue and the shortcut problem', async () => {
    const { r } = await start('linux', { env: { FAKE_NOTIFICATIONS_UNSUPPORTED: '1', FAKE_TAKEN_SHORTCUTS: JSON.stringify(['CommandOrControl+Alt+V']) } })
    const s = await r.state()
    expect(s.notifications.filter((n) => n.shown)).toEqual([])
    expect(s.uncaught).toEqual([])
    expect(s.tray!.image).toMatch(/tray-alert\.png$/)
    expect(s.tray!.menu[0]).toMatchObject({ label: expect.stringMatching(/^단축키 .*를 쓸 수 없습니다/), enabled: false })
    expect(labels(s).some((l) => String(l).includes('한빛상사'))).toBe(true)
    expect(page(s, 'index').visible).toBe(true)
  })
})

describe('macOS only', () => {
  it('a Dock or Finder click while the app is still starting (activate before ready) does not crash it; the dashboard opens', async () => {
    const { r } = await start('darwin', { env: { FAKE_ACTIVATE_BEFORE_READY: '1' } })
    const s = await waitFor(r, (x) => x.windows.length >= 2)
    expect(s.uncaught).toEqual([])
    expect(s.tray).not.toBeNull()
    expect(page(s, 'index').visible).toBe(true)
  })
})

describe('Windows only', () => {
  const platform = 'win32' as const
  it('Windows: the toast stays through the timeout, and a click in Action Center opens the issue', async () => {
    const { r } = await start(platform)
    await waitFor(r, (x) => x.notifications.length > 0)
    await r.send('closeWindow', { page: 'index' })
    await r.send('toastTimeout')
    expect((await r.state()).notifications[0].closed).toBe(false) // a due/overdue toast is a reminder: it does not time out
    expect(await r.send('actionCenterClick', { index: 0 })).toBe(true) // handleActivation is registered
    const s = await r.state()
    expect(page(s, 'index').visible).toBe(true)
    expect(page(s, 'index').sent).toContainEqual({ channel: 'event:openIssue', payload: { issueId: 1 } })
  })

  it('Windows: a click in Action Center after the app has quit starts it through COM and opens that issue (the same toast activator CLSID every run)', async () => {
    const { r, userData } = await start(platform)
    const first = await waitFor(r, (x) => x.notifications.some((n) => n.shown))
    expect(first.notifications.find((n) => n.shown)!.toastXml).toMatch(/launch="action=open&#38;issue=1"/)
    await r.send('clickTrayMenu', { label: '종료' })
    await r.exited
    const { r: again } = await start(platform, { userData, env: { FAKE_COLD_ACTIVATION: JSON.stringify({ clsid: first.toastActivatorCLSID, arguments: 'action=open&issue=1' }) } })
    const s = await waitFor(again, (x) => page(x, 'index')?.sent.some((m) => m.channel === 'event:openIssue'))
    expect(s.toastActivatorCLSID).toBe(first.toastActivatorCLSID)
    expect(page(s, 'index').visible).toBe(true)
    expect(page(s, 'index').sent).toContainEqual({ channel: 'event:openIssue', payload: { issueId: 1 } })
  })

  it('Windows: 10분 미루기 on an old toast in Action Center for an issue resolved since: no crash, the dashboard shows that issue', async () => {
    const { r } = await start(platform)
    const own = `file://${page(await r.state(), 'index').loaded}`
    await r.send('closeWindow', { page: 'index' })
    const resolved = await r.send('invoke', { channel: 'issues.resolve', payload: { id: 1 }, url: own })
    expect(resolved).toMatchObject({ ok: true })
    expect(await r.send('activate', { arguments: 'action=snooze&issue=1' })).toBe(true)
    const s = await waitFor(r, (x) => page(x, 'index').visible)
    expect(s.uncaught).toEqual([])
    expect(page(s, 'index').visible).toBe(true)
    expect(page(s, 'index').sent).toContainEqual({ channel: 'event:openIssue', payload: { issueId: 1 } })
  })

  it('Windows shutdown: no before-quit, but session-end closes the database', async () => {
    const { r, userData } = await start(platform)
    expect(fs.existsSync(path.join(userData, 'veeam-escalation.db-wal'))).toBe(true)
    await r.send('windowsSessionEnd')
    await waitFor(r, () => !fs.existsSync(path.join(userData, 'veeam-escalation.db-wal')))
    expect(fs.existsSync(path.join(userData, 'veeam-escalation.db-wal'))).toBe(false)
  })
})

/** Writes a shortcut into the stored settings as an older version might have, bypassing today's rule. */
function withStoredShortcut(userData: string, shortcut: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3') as typeof import('better-sqlite3')
  const db = new Database(path.join(userData, 'veeam-escalation.db'))
  const row = db.prepare("SELECT value FROM settings WHERE key = 'app'").get() as { value: string } | undefined
  const value = { ...(row ? JSON.parse(row.value) : {}), shortcut }
  db.prepare("INSERT INTO settings (key, value) VALUES ('app', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(value))
  db.close()
  return userData
}

describe('the data file through Electron’s dialogs (the built main)', () => {
  it('export writes the chosen file whole; a cancelled dialog is a quiet no-op; import streams the chosen file back with progress events', async () => {
    const folder = tempDir('veeam-tray-export-')
    const target = path.join(folder, 'my-export.jsonl')
    const { r } = await start('win32', { env: { FAKE_FILE_DIALOG_ANSWERS: JSON.stringify([target, null, null, target]) } })
    const own = `file://${page(await r.state(), 'index').loaded}`
    const invoke = (channel: string) => r.send<{ ok: boolean; value?: Record<string, unknown>; error?: unknown }>('invoke', { channel, payload: {}, url: own })

    expect(await invoke('data.exportFile')).toEqual({ ok: true, value: { savedTo: target } })
    const lines = fs.readFileSync(target, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0].format).toBe('veeam-escalation-tray/2')
    expect(lines.at(-1)).toEqual({ end: { contacts: 0, customers: 1, issues: 1, alertsSent: expect.any(Number) } }) // 한빛상사 was added with its issue
    expect(fs.readdirSync(folder)).toEqual(['my-export.jsonl']) // no temporary file left beside it

    expect(await invoke('data.exportFile')).toEqual({ ok: true, value: { savedTo: null } })
    expect(await invoke('data.importFile')).toEqual({ ok: true, value: { issues: null } })
    expect(fs.readdirSync(folder)).toEqual(['my-export.jsonl'])

    expect(await invoke('data.importFile')).toEqual({ ok: true, value: { issues: 1 } })
    const s = await r.state()
    expect(s.fileDialogs.map((d) => d.kind)).toEqual(['save', 'save', 'open', 'open'])
    expect(path.basename(s.fileDialogs[0].defaultPath!)).toBe('veeam-tray-2026-11-26.jsonl') // the KST date of the app's now
    expect(s.fileDialogs[2].filters!.flatMap((f) => f.extensions)).toEqual(expect.arrayContaining(['jsonl', 'json']))
    const progress = page(s, 'index').sent.filter((m) => m.channel === 'event:dataImportProgress').map((m) => m.payload as { bytesRead: number; bytesTotal: number; phase: string })
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)).toMatchObject({ phase: 'applying', bytesTotal: fs.statSync(target).size })
  })
})

describe('the registration form saved into a folder the user picks (the built main)', () => {
  it('never writes over a file already there (an earlier export, maybe edited since): the new files get a free “(2)” name, the old ones stay byte for byte', async () => {
    const folder = tempDir('veeam-tray-form-')
    const { r } = await start('win32', { env: { FAKE_FILE_DIALOG_ANSWERS: JSON.stringify([folder, folder]) } })
    const own = `file://${page(await r.state(), 'index').loaded}`
    const invoke = <T>(channel: string, payload: unknown) => r.send<{ ok: boolean; value: T }>('invoke', { channel, payload, url: own })
    const preview = (await invoke<{ form: unknown; fileNames: { docx: string; pdf: string; eml: string } }>('export.preview', { issueId: 1 })).value
    const names = Object.values(preview.fileNames)
    expect(await invoke('export.make', { issueId: 1, form: preview.form })).toMatchObject({ ok: true, value: { savedTo: folder } })
    expect(fs.readdirSync(folder).sort()).toEqual([...names].sort())
    const edited = path.join(folder, preview.fileNames.docx)
    fs.writeFileSync(edited, 'the user edited this DOCX in Word after the first export')
    expect(await invoke('export.make', { issueId: 1, form: preview.form })).toMatchObject({ ok: true, value: { savedTo: folder } })
    expect(fs.readFileSync(edited, 'utf8')).toBe('the user edited this DOCX in Word after the first export')
    const second = names.map((n) => n.replace(/(\.[^.]+)$/, ' (2)$1'))
    expect(fs.readdirSync(folder).sort()).toEqual([...names, ...second].sort())
    expect(fs.readFileSync(path.join(folder, second[1])).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('a packaged build (the built main with app.isPackaged)', () => {
  it('ignores ELECTRON_RENDERER_URL: loads its own files, refuses calls from that address, and sends the strict CSP', async () => {
    const { r } = await start('win32', { env: { FAKE_PACKAGED: '1', ELECTRON_RENDERER_URL: 'http://localhost:5173' } })
    const s = await r.state()
    for (const w of s.windows) expect(w.loaded).toMatch(/out[\\/]renderer[\\/](index|quick)\.html$/)
    expect(await r.send('invoke', { channel: 'app.info', payload: {}, url: 'http://localhost:5173/index.html' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await r.send('invoke', { channel: 'app.info', payload: {}, url: `file://${page(s, 'index').loaded}` })).toMatchObject({ ok: true })
    expect(await r.send('responseHeaders')).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
    expect(s.pageErrors).toEqual([])
  })

  it('in development (not packaged) the dev server is trusted and gets the dev policy', async () => {
    const { r } = await start('linux', { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } })
    const s = await r.state()
    expect(page(s, 'index').loaded).toBe('http://localhost:5173/index.html')
    expect(await r.send('invoke', { channel: 'app.info', payload: {}, url: 'http://localhost:5173/index.html' })).toMatchObject({ ok: true })
    expect(await r.send('responseHeaders')).toEqual({ 'Content-Security-Policy': [DEV_SERVER_CONTENT_SECURITY_POLICY] })
  })
})
