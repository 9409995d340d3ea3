import type { MenuItemConstructorOptions } from 'electron'

/** The argument the login item starts the app with (Windows), so that it starts in the tray without a window. */
export const HIDDEN_ARG = '--hidden'

/**
 * Started with this argument (or started again with it while running), the app opens the quick
 * window: a desktop's own shortcut can run `<app> --quick` where global keys do not reach the app
 * (Wayland sessions, where `globalShortcut.register` may even report success and do nothing).
 */
export const QUICK_ARG = '--quick'

/** The window a start (or a second start) with these arguments asks for; none for a login start (HIDDEN_ARG). */
export const pageForArgs = (argv: readonly string[]): 'quick' | 'index' | null => (argv.includes(QUICK_ARG) ? 'quick' : argv.includes(HIDDEN_ARG) ? null : 'index')

/**
 * The application menu: none on Windows and Linux (Electron's default has Reload and DevTools, and
 * Ctrl+R would wipe a half-typed quick entry); on macOS a minimal one, since copy and paste in
 * text fields go through the Edit menu there.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null
  return [
    { role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }] },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ]
}

/** Start at login works on Windows and macOS; Electron's `setLoginItemSettings` does nothing on Linux. */
export const startAtLoginSupported = (platform: NodeJS.Platform): boolean => platform === 'win32' || platform === 'darwin'

/** What to pass to `app.setLoginItemSettings`: on Windows the login start carries HIDDEN_ARG. */
export function loginItemSettings(platform: NodeJS.Platform, openAtLogin: boolean): { openAtLogin: boolean; args?: string[] } {
  return platform === 'win32' ? { openAtLogin, args: [HIDDEN_ARG] } : { openAtLogin }
}

/** Whether this start came from the login item: then the app starts in the tray, no window. */
export function startedAtLogin(platform: NodeJS.Platform, argv: readonly string[], wasOpenedAtLogin: boolean): boolean {
  if (argv.includes(HIDDEN_ARG)) return true
  return platform === 'darwin' && wasOpenedAtLogin
}
