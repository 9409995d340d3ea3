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
    return { ...common, width: 560, height: 520, resizable: false, minimizable: false, maximizable: false, alwaysOnTop: true, skipTaskbar: true, title: '빠른 등록' }
  }
  return { ...common, width: 1240, height: 820, minWidth: 880, minHeight: 560, title: 'Veeam 에스컬레이션 트레이' }
}

/** Where a page comes from: the electron-vite dev server, or the built files. */
export function pageLocation(page: Page, rendererDir: string, devUrl?: string): { url?: string; file?: string } {
  if (devUrl) return { url: `${devUrl.replace(/\/$/, '')}/${page}.html` }
  return { file: path.join(rendererDir, `${page}.html`) }
}

/** Only the app's own pages are trusted: its built files, or the dev server in development. */
export function trustedUrlCheck(rendererDir: string, devUrl?: string): (url: string) => boolean {
  const fileRoot = 'file://' + encodeURI(path.resolve(rendererDir).replaceAll('\\', '/')).replace(/^\/*/, '/')
  return (url) => {
    if (devUrl && url.startsWith(devUrl)) return true
    return url.startsWith(fileRoot + '/')
  }
}

/** The tray icons each OS wants: .ico on Windows, a tintable Template image on macOS, PNG (with @2x) elsewhere. */
export function trayIconFiles(platform: NodeJS.Platform, iconsDir: string): { normal: string; alert: string } {
  if (platform === 'win32') return { normal: path.join(iconsDir, 'tray.ico'), alert: path.join(iconsDir, 'tray-alert.ico') }
  if (platform === 'darwin') return { normal: path.join(iconsDir, 'trayTemplate.png'), alert: path.join(iconsDir, 'tray-alert.png') }
  return { normal: path.join(iconsDir, 'tray.png'), alert: path.join(iconsDir, 'tray-alert.png') }
}
