import { describe, expect, it, vi } from 'vitest'
import { hardenContents, hardenSession } from '../../../electron/main/security'
import { trayMenuTemplate } from '../../../electron/main/trayMenu'
import fs from 'node:fs'
import { pageLocation, trayIconFiles, trustedUrlCheck, windowOptions } from '../../../electron/main/windows'
import { pathToFileURL } from 'node:url'
import { CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from '../../../shared/ipc'

describe('window security', () => {
  it('every window is isolated, sandboxed, without Node, and starts hidden', () => {
    for (const page of ['index', 'quick'] as const) {
      const o = windowOptions(page, '/app/out/preload/index.js', '/app/resources/icons/app.png')
      expect(o.show).toBe(false)
      expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    }
  })

  it('trusts only the built renderer (or the dev server), compared by parsed origin and path', () => {
    const trusted = trustedUrlCheck('file:///app/out/renderer', 'http://localhost:5173')
    expect(trusted('file:///app/out/renderer/index.html')).toBe(true)
    expect(trusted('http://localhost:5173/quick.html')).toBe(true)
    expect(trusted('file:///etc/passwd')).toBe(false)
    expect(trusted('https://www.veeam.com/')).toBe(false)
    // what a prefix test trusted:
    expect(trusted('http://localhost:5173.evil.com/index.html')).toBe(false)
    expect(trusted('http://localhost:5173@evil.com/')).toBe(false)
    expect(trusted('file:///app/out/renderer-evil/index.html')).toBe(false)
    expect(trusted('file:///app/out/renderer/../../etc/passwd')).toBe(false)
    expect(trusted('not a url')).toBe(false)
    // encoded separators and dot segments that only appear after decoding must not climb out
    expect(trusted('file:///app/out/renderer/..%2F..%2Fsecret.html')).toBe(false)
    expect(trusted('file:///app/out/renderer%2F..%2F..%2Fetc/passwd')).toBe(false)
    expect(trusted('file:///app/out/renderer/%2E%2E/%2E%2E/etc/passwd')).toBe(false)
    expect(pageLocation('quick', '/app/out/renderer')).toEqual({ file: '/app/out/renderer/quick.html' })
  })

  it('an install path with spaces, Hangul or # is trusted as Chromium reports it (file URLs percent-encoded)', () => {
    const dir = '/home/홍길동/업무 폴더/#1 tray/out/renderer'
    const trusted = trustedUrlCheck(pathToFileURL(dir).href)
    expect(trusted(pathToFileURL(`${dir}/index.html`).href)).toBe(true)
    expect(trusted(pathToFileURL(`${dir}/quick.html`).href + '#token')).toBe(true)
    expect(trusted(pathToFileURL('/home/홍길동/업무 폴더/').href + 'index.html')).toBe(false)
    // Windows: the file URL of C:\Users\홍길동\#앱\out\renderer, drive letter in either case
    const win = trustedUrlCheck('file:///C:/Users/%ED%99%8D%EA%B8%B8%EB%8F%99/%23%EC%95%B1/out/renderer')
    expect(win('file:///C:/Users/%ED%99%8D%EA%B8%B8%EB%8F%99/%23%EC%95%B1/out/renderer/index.html')).toBe(true)
    expect(win('file:///c:/Users/%ED%99%8D%EA%B8%B8%EB%8F%99/%23%EC%95%B1/out/renderer/quick.html')).toBe(true)
    expect(win('file:///C:/Users/other/out/renderer/index.html')).toBe(false)
    expect(win('file://evil-share/C:/Users/%ED%99%8D%EA%B8%B8%EB%8F%99/%23%EC%95%B1/out/renderer/index.html')).toBe(false)
    expect(win('file:///C:/Users/%ED%99%8D%EA%B8%B8%EB%8F%99/%23%EC%95%B1/out/renderer/..%5C..%5C..%5Cevil.html')).toBe(false) // \\ is a separator on Windows
  })

  it('the quick window is frameless, on top, and out of the taskbar', () => {
    expect(windowOptions('quick', 'p', 'i')).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, show: false })
    expect(windowOptions('index', 'p', 'i').frame).toBeUndefined()
  })

  it('denies navigation, new windows and webviews; allow-listed links go to the system browser', () => {
    const on = new Map<string, (...a: unknown[]) => void>()
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' })
    const contents = {
      on: (name: string, fn: (...a: unknown[]) => void) => on.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    }
    const opened: string[] = []
    hardenContents(contents as never, trustedUrlCheck('file:///app/out/renderer'), (u) => opened.push(u))
    const nav = { preventDefault: vi.fn() }
    on.get('will-navigate')!(nav, 'https://evil.example/')
    expect(nav.preventDefault).toHaveBeenCalled()
    expect(openHandler({ url: 'https://forums.veeam.com/search.php?keywords=x' })).toEqual({ action: 'deny' })
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://forums.veeam.com/search.php?keywords=x'])
    const wv = { preventDefault: vi.fn() }
    on.get('will-attach-webview')!(wv)
    expect(wv.preventDefault).toHaveBeenCalled()
  })

  it('sets the CSP on every response; the app’s pages get notifications and clipboard writes, nothing else, and other origins nothing', () => {
    let headers: (d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void = () => {}
    let permission: (wc: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void = () => {}
    let check: (wc: unknown, p: string, origin: string, d: { requestingUrl?: string }) => boolean = () => true
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof headers) => (headers = fn) },
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    }
    hardenSession(session as never, trustedUrlCheck('file:///app/out/renderer'), CONTENT_SECURITY_POLICY)
    let result: { responseHeaders: Record<string, string[]> } | null = null
    headers({ responseHeaders: {} }, (r) => (result = r as typeof result))
    expect(result!.responseHeaders['Content-Security-Policy'][0]).toBe(CONTENT_SECURITY_POLICY)
    const ask = (url: string) => {
      const answers: Record<string, boolean> = {}
      for (const p of ['notifications', 'clipboard-sanitized-write', 'media', 'geolocation', 'clipboard-read']) permission(null, p, (ok) => (answers[p] = ok), { requestingUrl: url })
      return answers
    }
    expect(ask('file:///app/out/renderer/index.html')).toEqual({ notifications: true, 'clipboard-sanitized-write': true, media: false, geolocation: false, 'clipboard-read': false })
    expect(Object.values(ask('https://evil.example/'))).toEqual([false, false, false, false, false])
    expect(check(null, 'clipboard-sanitized-write', 'file:///', { requestingUrl: 'file:///app/out/renderer/quick.html' })).toBe(true)
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', { requestingUrl: 'https://evil.example/' })).toBe(false)
  })

  it('the dev server’s pages get a policy that lets Vite’s inline preamble run; built pages never', () => {
    expect(DEV_SERVER_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-inline'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
  })

  it('opens only https addresses on the allow-list, plus tel: and mailto:', () => {
    expect(isAllowedExternalUrl('https://www.veeam.com/knowledge-base.html?query=x')).toBe(true)
    expect(isAllowedExternalUrl('https://www.google.com/search?q=%EB%B0%B1%EC%97%85')).toBe(true)
    expect(isAllowedExternalUrl('tel:010-1234-5678')).toBe(true)
    expect(isAllowedExternalUrl('mailto:sales.korea@veeam.com')).toBe(true)
    expect(isAllowedExternalUrl('http://www.veeam.com/')).toBe(false)
    expect(isAllowedExternalUrl('https://www.veeam.com.evil.example/')).toBe(false)
    expect(isAllowedExternalUrl('https://user@www.veeam.com/')).toBe(false)
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isAllowedExternalUrl('tel:%E0%A4%A')).toBe(false) // malformed escapes: refused, not thrown
    expect(isAllowedExternalUrl('mailto:sales.korea@veeam.com?subject=%EA%B8%B0%EC%88%A0')).toBe(true)
    expect(isAllowedExternalUrl('mailto:x@example.com?attach=/etc/passwd')).toBe(false)
  })

  it('the tray menu offers quick log, dashboard and quit in the user’s language', () => {
    const noop = () => {}
    const actions = { quickLog: noop, dashboard: noop, openLogFolder: noop, quit: noop }
    expect(trayMenuTemplate('ko', actions).map((i) => i.label ?? i.type)).toEqual(['빠른 등록…', '대시보드', 'separator', '로그 폴더 열기', '종료'])
    expect(trayMenuTemplate('en', actions).map((i) => i.label ?? i.type)).toEqual(['Quick log…', 'Dashboard', 'separator', 'Open log folder', 'Quit'])
    const taken = trayMenuTemplate('ko', actions, [], { shortcut: null, shortcutProblem: '단축키 Ctrl+Alt+V를 쓸 수 없습니다' })
    expect(taken[0]).toMatchObject({ label: '단축키 Ctrl+Alt+V를 쓸 수 없습니다', enabled: false })
    expect(taken.find((i) => i.label === '빠른 등록…')!.accelerator).toBeUndefined()
    const inUse = trayMenuTemplate('ko', actions, [], { shortcut: 'Ctrl+Shift+Q', shortcutProblem: null })
    expect(inUse.find((i) => i.label === '빠른 등록…')).toMatchObject({ accelerator: 'Ctrl+Shift+Q', registerAccelerator: false })
  })
})

describe('tray icons', () => {
  it.each(['win32', 'darwin', 'linux'] as const)('%s gets icon files that exist in resources/icons', (platform) => {
    const files = trayIconFiles(platform, 'resources/icons')
    for (const f of [files.normal, files.alert]) expect(fs.existsSync(f), f).toBe(true)
    if (platform === 'win32') expect(files.normal).toMatch(/\.ico$/)
    if (platform === 'darwin') expect(files.normal).toMatch(/Template\.png$/) // macOS tints it for light and dark menu bars
  })
})
