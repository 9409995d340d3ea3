import { app, BrowserWindow, globalShortcut, ipcMain, Menu, nativeImage, session, shell, Tray } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { resourcesDir } from '../core/paths'
import { useNativeBinding } from '../core/store/database'
import { DB_FILE_NAME } from '../core/store/store'
import { isAllowedExternalUrl } from '../../shared/ipc'
import { forwardEvents, registerIpc } from './ipc'
import { hardenContents, hardenSession } from './security'
import { trayMenuTemplate } from './trayMenu'
import { pageLocation, trustedUrlCheck, windowOptions, type Page } from './windows'

const APP_ID = 'kr.partner.veeam-escalation-tray'
const rendererDir = path.join(__dirname, '..', 'renderer')
const preloadFile = path.join(__dirname, '..', 'preload', 'index.js')
const resources = resourcesDir(__dirname)
const devUrl = process.env.ELECTRON_RENDERER_URL
const trusted = trustedUrlCheck(rendererDir, devUrl)
const windows = new Map<Page, BrowserWindow>()
let quitting = false

// Electron's ABI build of better-sqlite3, made by scripts/prepare-electron.mjs; the Node build stays for tests.
const electronBinding = path.resolve(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node')
if (fs.existsSync(electronBinding)) useNativeBinding(electronBinding)

function openExternal(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false
  void shell.openExternal(url)
  return true
}

function createWindow(page: Page): BrowserWindow {
  const win = new BrowserWindow(windowOptions(page, preloadFile, path.join(resources, 'icons', 'app.png')))
  hardenContents(win.webContents, trusted, openExternal)
  win.on('close', (e) => {
    if (!quitting) {
      e.preventDefault() // the app lives in the tray
      win.hide()
    }
  })
  if (page === 'quick') win.on('blur', () => win.hide())
  const where = pageLocation(page, rendererDir, devUrl)
  void (where.url ? win.loadURL(where.url) : win.loadFile(where.file!))
  windows.set(page, win)
  return win
}

function show(page: Page, issueId?: number): void {
  const win = windows.get(page) ?? createWindow(page)
  if (issueId) win.webContents.send('event:openIssue', { issueId })
  win.show()
  win.focus()
}

function registerShortcut(accelerator: string): void {
  globalShortcut.unregisterAll()
  if (!globalShortcut.register(accelerator, () => show('quick'))) console.warn(`global shortcut ${accelerator} is taken`)
}

async function start(): Promise<void> {
  app.setAppUserModelId(APP_ID) // Windows shows no notifications without it
  hardenSession(session.defaultSession)
  const core = new Core({ file: path.join(app.getPath('userData'), DB_FILE_NAME), host: 'electron', version: app.getVersion() })
  await core.store.backupIfDue(core.now())
  registerIpc(ipcMain, createHandlers(core, { openExternal }), trusted)
  forwardEvents(core.hub, () => [...windows.values()].map((w) => w.webContents))

  const settings = core.settings.get()
  app.setLoginItemSettings({ openAtLogin: settings.startAtLogin })
  registerShortcut(settings.shortcut)
  core.hub.on((event, payload) => {
    if (event !== 'settingsChanged') return
    const next = payload as typeof settings
    registerShortcut(next.shortcut)
    app.setLoginItemSettings({ openAtLogin: next.startAtLogin })
  })

  const tray = new Tray(nativeImage.createFromPath(path.join(resources, 'icons', 'tray.png')))
  tray.setToolTip('Veeam 에스컬레이션 트레이')
  tray.setContextMenu(
    Menu.buildFromTemplate(
      trayMenuTemplate(settings.language, {
        quickLog: () => show('quick'),
        dashboard: () => show('index'),
        quit: () => app.quit(),
      }),
    ),
  )
  tray.on('click', () => show('quick'))

  createWindow('quick') // hidden, so the shortcut shows it at once
  show('index')
  app.on('before-quit', () => {
    quitting = true
    globalShortcut.unregisterAll()
    core.close()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => show('index'))
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, trusted, openExternal))
  app.on('window-all-closed', () => {
    /* stay in the tray */
  })
  void app.whenReady().then(start)
}
