import type { BrowserWindowConstructorOptions } from 'electron'
import path from 'node:path'

export type Page = 'index' | 'quick'

/** The web preferences every window gets; tested so that no window is ever created without them. */
export const secureWebPreferences = (preloadFile: string): BrowserWindowConstructorOptions['webPreferences'] => ({
  preload: preloadFile,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
})

export function windowOptions(page: Page, preloadFile: string, icon: string): BrowserWindowConstructorOptions {
  const common = { show: false, icon, webPreferences: secureWebPreferences(preloadFile), backgroundColor: '#f7f7f8' }
  if (page === 'quick') {
    // Frameless and on top of everything, like a launcher; it hides itself on blur (the draft stays in the page).
    return {
      ...common,
      width: 560,
      height: 520,
      frame: false,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      title: '빠른 등록',
    }
  }
  return { ...common, width: 1240, height: 820, minWidth: 880, minHeight: 560, title: 'Veeam 에스컬레이션 트레이' }
}

/** Where a page comes from: the electron-vite dev server, or the built files. */
export function pageLocation(page: Page, rendererDir: string, devUrl?: string): { url?: string; file?: string } {
  if (devUrl) return { url: `${devUrl.replace(/\/$/, '')}/${page}.html` }
  return { file: path.join(rendererDir, `${page}.html`) }
}

/**
 * Only the app's own pages are trusted: files under the built renderer folder (given as its
 * file: URL, e.g. `pathToFileURL(rendererDir).href`, so spaces, Hangul and `#` are encoded the way
 * Chromium reports them), or the dev server's origin in development. URLs are compared parsed, by
 * origin and path: a prefix test would trust `http://localhost:5173.evil.com` or `…@evil.com/`.
 */
export function trustedUrlCheck(rendererDirUrl: string, devUrl?: string): (url: string) => boolean {
  const root = new URL(rendererDirUrl)
  const rootPath = decodeURIComponent(root.pathname).replace(/\/$/, '')
  const dev = devUrl ? new URL(devUrl) : null
  return (raw) => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && url.origin === dev.origin && !url.username && !url.password) return true
    if (url.protocol !== 'file:' || url.host !== root.host) return false
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      return false
    }
    // Windows paths are case-insensitive; Chromium may report the drive letter in either case.
    const windowsPath = /^\/[A-Za-z]:\//.test(rootPath)
    // The URL parser resolved the dot segments it could see; encoded ones (`..%2F`, and `%5C` on
    // Windows where \ separates too) appear only now and would climb out of the folder: never ours.
    const segments = (windowsPath ? pathname.replaceAll('\\', '/') : pathname).split('/')
    if (pathname.includes('\0') || segments.some((p) => p === '.' || p === '..')) return false
    const a = windowsPath ? pathname.toLowerCase() : pathname
    const b = windowsPath ? rootPath.toLowerCase() : rootPath
    return a.startsWith(`${b}/`)
  }
}

/** The tray icons each OS wants: .ico on Windows, a tintable Template image on macOS, PNG (with @2x) elsewhere. */
export function trayIconFiles(platform: NodeJS.Platform, iconsDir: string): { normal: string; alert: string } {
  if (platform === 'win32') return { normal: path.join(iconsDir, 'tray.ico'), alert: path.join(iconsDir, 'tray-alert.ico') }
  if (platform === 'darwin') return { normal: path.join(iconsDir, 'trayTemplate.png'), alert: path.join(iconsDir, 'tray-alert.png') }
  return { normal: path.join(iconsDir, 'tray.png'), alert: path.join(iconsDir, 'tray-alert.png') }
}
