import { app, BrowserWindow, dialog, globalShortcut, ipcMain, nativeImage, session, shell, Tray } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import type { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { resourcesDir } from '../core/paths'
import { useNativeBinding } from '../core/store/database'
import { openCore } from '../core/openCore'
import { DB_FILE_NAME } from '../core/store/store'
import { AppError, eventChannel, normalizeExternalUrl, type Alert } from '../../shared/ipc'
import { trayModel } from '../../shared/schedule/trayModel'
import { forwardEvents, registerIpc } from './ipc'
import { createNotifier } from './notifier'
import { resyncOnWake } from './power'
import { hardenContents, hardenSession } from './security'
import { createTrayStatus } from './trayStatus'
import { pageLocation, trayIconFiles, trustedUrlCheck, windowOptions, type Page } from './windows'

const APP_ID = 'kr.partner.veeam-escalation-tray'
const rendererDir = path.join(__dirname, '..', 'renderer')
const preloadFile = path.join(__dirname, '..', 'preload', 'index.js')
const resources = app.isPackaged ? path.join(process.resourcesPath, 'resources') : resourcesDir(__dirname)
const devUrl = process.env.ELECTRON_RENDERER_URL
const trusted = trustedUrlCheck(rendererDir, devUrl)
const windows = new Map<Page, BrowserWindow>()
let quitting = false

// Electron's ABI build of better-sqlite3, made by scripts/prepare-electron.mjs; the Node build stays for tests.
const electronBinding = path.resolve(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node')
if (fs.existsSync(electronBinding)) useNativeBinding(electronBinding)

function openExternal(raw: string): boolean {
  const url = normalizeExternalUrl(raw) // only the rebuilt address reaches the OS, never the raw string
  if (!url) return false
  void shell.openExternal(url)
  return true
}

/** Export: the user picks a folder; the three files are written there. */
async function saveExportedFiles(files: { name: string; data: Buffer }[]): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow()
  const options = { title: '등록양식 저장 위치', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  if (choice.canceled || !choice.filePaths[0]) throw new AppError('rule', '저장을 취소했습니다')
  for (const f of files) fs.writeFileSync(path.join(choice.filePaths[0], f.name), f.data)
  return choice.filePaths[0]
}

function createWindow(page: Page): BrowserWindow {
  const win = new BrowserWindow(windowOptions(page, preloadFile, path.join(resources, 'icons', 'app.png')))
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
  if (issueId) {
    // A window created just now has no page to receive the event until it has loaded.
    const send = () => win.webContents.send(eventChannel('openIssue'), { issueId })
    if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send)
    else send()
  }
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
  const core = openAppCore(path.join(app.getPath('userData'), DB_FILE_NAME))
  if (!core) return app.quit()
  await core.store.backupIfDue(core.now())
  registerIpc(ipcMain, createHandlers(core, { openExternal, saveFiles: saveExportedFiles }), trusted)
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

  const trayIcons = trayIconFiles(process.platform, path.join(resources, 'icons'))
  const tray = new Tray(nativeImage.createFromPath(trayIcons.normal))
  tray.setToolTip('Veeam 에스컬레이션 트레이')
  tray.on('click', () => show('quick'))

  // The escalation clock: alerts as desktop notifications (click → the issue), resync on wake,
  // the tray's tooltip/title/icon/menu from the open deadlines.
  const notifier = createNotifier((issueId) => show('index', issueId))
  core.hub.on((event, payload) => event === 'alert' && notifier.show(payload as Alert))
  resyncOnWake(() => core.clock.resync())
  const trayStatus = createTrayStatus({
    tray,
    iconFiles: trayIcons,
    model: () => trayModel(core.clock.trayIssues(), core.now(), core.settings.get().language),
    language: () => core.settings.get().language,
    actions: { quickLog: () => show('quick'), dashboard: () => show('index'), quit: () => app.quit() },
    openIssue: (issueId) => show('index', issueId),
  })
  core.clock.start()
  core.hub.on(() => trayStatus.update()) // after the clock's own listener, so it sees the recomputed deadlines
  setInterval(() => trayStatus.update(), 60_000).unref() // the countdowns in the menu
  trayStatus.update()

  createWindow('quick') // hidden, so the shortcut shows it at once
  show('index')
  app.on('before-quit', () => {
    quitting = true
    globalShortcut.unregisterAll()
    core.close()
  })
}

/** A bad database file is left untouched; the user chooses: restore the newest good backup, start a new file, or quit. */
function openAppCore(file: string): Core | null {
  const options = { file, host: 'electron' as const, version: app.getVersion(), fontsDir: path.join(resources, 'fonts') }
  const opened = openCore(options, (e) => {
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: '데이터 파일 오류',
      message: e.message,
      detail: '파일은 그대로 두었습니다. 현재 파일은 옆에 보관한 채로 다음 중 하나를 고르세요.',
      buttons: ['최근 정상 백업으로 복원', '새 파일로 시작', '종료'],
      defaultId: 0,
      cancelId: 2,
    })
    return choice === 0 ? 'restoreLatest' : choice === 1 ? 'newFile' : null
  })
  return opened?.core ?? null
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
