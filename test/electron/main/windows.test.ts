import { describe, expect, it, vi } from 'vitest'
import { hardenContents, hardenSession } from '../../../electron/main/security'
import { trayMenuTemplate } from '../../../electron/main/trayMenu'
import fs from 'node:fs'
import { pageLocation, trayIconFiles, trustedUrlCheck, windowOptions } from '../../../electron/main/windows'
import { isAllowedExternalUrl } from '../../../shared/ipc'

describe('window security', () => {
  it('every window is isolated, sandboxed, without Node, and starts hidden', () => {
    for (const page of ['index', 'quick'] as const) {
      const o = windowOptions(page, '/app/out/preload/index.js', '/app/resources/icons/app.png')
      expect(o.show).toBe(false)
      expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false })
    }
  })

  it('trusts only the built renderer (or the dev server)', () => {
    const trusted = trustedUrlCheck('/app/out/renderer', 'http://localhost:5173')
    expect(trusted('file:///app/out/renderer/index.html')).toBe(true)
    expect(trusted('http://localhost:5173/quick.html')).toBe(true)
    expect(trusted('file:///etc/passwd')).toBe(false)
    expect(trusted('https://www.veeam.com/')).toBe(false)
    expect(pageLocation('quick', '/app/out/renderer')).toEqual({ file: '/app/out/renderer/quick.html' })
  })

  it('denies navigation, new windows and webviews; allow-listed links go to the system browser', () => {
    const on = new Map<string, (...a: unknown[]) => void>()
    let openHandler: (d: { url: string }) => { action: string } = () => ({ action: 'allow' })
    const contents = {
      on: (name: string, fn: (...a: unknown[]) => void) => on.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    }
    const opened: string[] = []
    hardenContents(contents as never, trustedUrlCheck('/app/out/renderer'), (u) => opened.push(u))
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

  it('sets the CSP on every response and grants no permission but notifications', () => {
    let headers: (d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void = () => {}
    let permission: (wc: unknown, p: string, cb: (ok: boolean) => void) => void = () => {}
    const session = {
      webRequest: { onHeadersReceived: (fn: typeof headers) => (headers = fn) },
      setPermissionRequestHandler: (fn: typeof permission) => (permission = fn),
      setPermissionCheckHandler: () => {},
    }
    hardenSession(session as never)
    let result: { responseHeaders: Record<string, string[]> } | null = null
    headers({ responseHeaders: {} }, (r) => (result = r as typeof result))
    expect(result!.responseHeaders['Content-Security-Policy'][0]).toContain("default-src 'self'")
    const answers: Record<string, boolean> = {}
    for (const p of ['notifications', 'media', 'geolocation', 'clipboard-read']) permission(null, p, (ok) => (answers[p] = ok))
    expect(answers).toEqual({ notifications: true, media: false, geolocation: false, 'clipboard-read': false })
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
    expect(trayMenuTemplate('ko', { quickLog: noop, dashboard: noop, quit: noop }).map((i) => i.label ?? i.type)).toEqual(['빠른 등록…', '대시보드', 'separator', '종료'])
    expect(trayMenuTemplate('en', { quickLog: noop, dashboard: noop, quit: noop }).map((i) => i.label ?? i.type)).toEqual(['Quick log…', 'Dashboard', 'separator', 'Quit'])
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
