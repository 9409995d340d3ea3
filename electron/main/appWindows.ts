import { BrowserWindow, screen } from 'electron'
import { eventChannel } from '../../shared/ipc'
import { showQuickWindow } from './quickWindow'
import { pageLocation, windowOptions, type Page } from './windows'

export interface AppWindowsOptions {
  preloadFile: string
  icon: string
  rendererDir: string
  devUrl?: string
  platform: NodeJS.Platform
  /** Windows is shutting down or logging off (`before-quit` is not emitted then). */
  onSessionEnd(): void
  isQuitting(): boolean
  log: { warn(...a: unknown[]): void }
}

/** The two windows: the dashboard (`index`) and the quick entry; closing hides them (the app lives in the tray). */
export function createAppWindows(o: AppWindowsOptions) {
  const windows = new Map<Page, BrowserWindow>()

  function create(page: Page): BrowserWindow {
    const win = new BrowserWindow(windowOptions(page, o.preloadFile, o.icon))
    win.on('close', (e) => {
      if (!o.isQuitting()) {
        e.preventDefault()
        win.hide()
      }
    })
    win.on('session-end', () => o.onSessionEnd())
    // A renderer that crashed or ran out of memory leaves a blank window that never recovers: load the page again.
    win.webContents.on('render-process-gone', (_e, details) => {
      o.log.warn(`renderer of ${page} gone: ${details.reason}`)
      if (details.reason !== 'clean-exit' && !o.isQuitting()) win.webContents.reload()
    })
    // Hidden, not closed: the typed draft stays in the page for the next press of the shortcut.
    if (page === 'quick') win.on('blur', () => win.hide())
    const where = pageLocation(page, o.rendererDir, o.devUrl)
    void (where.url ? win.loadURL(where.url) : win.loadFile(where.file!))
    windows.set(page, win)
    return win
  }

  const get = (page: Page) => windows.get(page) ?? create(page)

  return {
    /** Both windows, created hidden, so the first shortcut press shows the quick window at once. */
    prepare(): void {
      get('index')
      get('quick')
    },
    show(page: Page, issueId?: number): void {
      const win = get(page)
      if (issueId) {
        // A window created just now has no page to receive the event until it has loaded.
        const send = () => win.webContents.send(eventChannel('openIssue'), { issueId })
        if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send)
        else send()
      }
      if (page === 'quick') return showQuickWindow(win, screen, o.platform)
      if (win.isMinimized()) win.restore()
      win.show()
      win.focus()
    },
    flash(): void {
      windows.get('index')?.flashFrame(true)
    },
    contents: () => [...windows.values()].filter((w) => !w.isDestroyed()).map((w) => w.webContents),
  }
}
