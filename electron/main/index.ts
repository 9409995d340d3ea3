import { app, dialog, globalShortcut, ipcMain, Menu, Notification, nativeImage, session, shell, Tray } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { resourcesDir } from '../core/paths'
import { useNativeBinding, type StoreOpenError } from '../core/store/database'
import { openCore } from '../core/openCore'
import { recoverStoreFile, type RecoveryChoice } from '../core/store/recovery'
import { DB_FILE_NAME } from '../core/store/store'
import { AppError, CONTENT_SECURITY_POLICY, DEV_SERVER_CONTENT_SECURITY_POLICY, type EventOf } from '../../shared/ipc'
import { trayModel } from '../../shared/schedule/trayModel'
import { createAppWindows } from './appWindows'
import { dataFileDialogs } from './dataDialogs'
import { externalOpener } from './externalOpen'
import { writeNewFiles } from './exportFolder'
import { forwardEvents, registerIpc } from './ipc'
import { applicationMenuTemplate, loginItemSettings, pageForArgs, startAtLoginSupported, startedAtLogin } from './lifecycle'
import { setUpLog } from './log'
import { createNotifier } from './notifier'
import { resyncOnWake } from './power'
import { hardenContents, hardenSession } from './security'
import { registerQuickShortcut, shortcutProblemText, type ShortcutStatus } from './shortcut'
import { reportStartFailure } from './startFailure'
import { createTrayStatus } from './trayStatus'
import { trayIconFiles, trustedUrlCheck } from './windows'

const APP_ID = 'kr.partner.veeam-escalation-tray'
// Windows: the COM class through which a click in Action Center reaches (or starts) the app. Fixed,
// so that a toast of an earlier run still finds this one (Electron picks a random one per run
// otherwise). Never change it: toasts already in Action Center carry the old one.
const TOAST_ACTIVATOR_CLSID = '{42E8AFB9-031F-4384-AAE0-876C7B995B8F}'
const platform = process.platform
const rendererDir = path.join(__dirname, '..', 'renderer')
const resources = app.isPackaged ? path.join(process.resourcesPath, 'resources') : resourcesDir(__dirname)
// The dev server's address is honoured only in development: a packaged app loads its own files.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const trusted = trustedUrlCheck(pathToFileURL(rendererDir).href, devUrl)
const logs = setUpLog(app.getPath('userData'))
let quitting = false

// Electron's ABI build of better-sqlite3 (scripts/prepare-electron.mjs; packaged as resources/native).
// Without it the package's own build loads, which is the Node build that the tests and the preview use.
const electronBinding = app.isPackaged
  ? path.join(process.resourcesPath, 'native', 'better_sqlite3.node')
  : path.resolve(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node')
if (fs.existsSync(electronBinding)) useNativeBinding(electronBinding)

const windows = createAppWindows({
  preloadFile: path.join(__dirname, '..', 'preload', 'index.js'),
  icon: path.join(resources, 'icons', 'app.png'),
  rendererDir,
  devUrl,
  platform,
  onSessionEnd: () => shutdown?.(),
  isQuitting: () => quitting,
  log: logs.log,
})
let shutdown: (() => void) | null = null

const openExternal = externalOpener(shell, logs.log)

/** Export: the user picks a folder; the files are written there under names not yet taken (exportFolder.ts). */
async function saveExportedFiles(files: { name: string; data: Buffer }[]): Promise<string | null> {
  const options = { title: '등록양식 저장 위치', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
  const choice = await dialog.showOpenDialog(options)
  if (choice.canceled || !choice.filePaths[0]) throw new AppError('rule', { ko: '저장을 취소했습니다', en: 'Saving was cancelled' })
  writeNewFiles(choice.filePaths[0], files)
  return choice.filePaths[0]
}

/** Starts the app once Electron is ready; false when the user chose to quit instead (the recovery dialog's 종료). */
async function start(): Promise<boolean> {
  if (platform === 'win32') app.setToastActivatorCLSID(TOAST_ACTIVATOR_CLSID) // before any toast: it goes into the registration
  app.setAppUserModelId(APP_ID) // Windows shows no notifications without it (and it must match the installer's shortcut)
  Menu.setApplicationMenu(applicationMenuTemplate(platform) ? Menu.buildFromTemplate(applicationMenuTemplate(platform)!) : null)
  if (platform === 'darwin') app.dock?.hide() // a tray app: no Dock icon
  hardenSession(session.defaultSession, trusted, devUrl ? DEV_SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY)

  const core = openAppCore(path.join(app.getPath('userData'), DB_FILE_NAME))
  if (!core) {
    app.quit() // the user chose 종료 in the recovery dialog
    return false
  }
  shutdown = () => {
    if (quitting) return
    quitting = true
    globalShortcut.unregisterAll()
    core.close()
  }
  app.on('before-quit', () => shutdown?.())
  await core.store.backupIfDue(core.now())

  const language = () => core.settings.get().language
  let shortcut: ShortcutStatus = { accelerator: core.settings.get().shortcut, state: 'invalid' }
  const handlers = createHandlers(core, {
    openExternal,
    saveFiles: saveExportedFiles,
    dataFiles: dataFileDialogs(dialog, app.getPath('documents')),
    desktop: () => ({ shortcut, startAtLoginSupported: startAtLoginSupported(platform) }),
    openQuickEntry: () => (windows.show('quick'), true),
  })
  registerIpc(ipcMain, handlers, trusted)
  forwardEvents(core.hub, windows.contents)

  const notifier = createNotifier({
    platform,
    language,
    icon: path.join(resources, 'icons', 'app.png'),
    openIssue: (issueId) => windows.show('index', issueId),
    // A toast can outlive its reason (an old one in Action Center, the issue resolved since): show the issue instead of failing.
    snooze: (issueId) => {
      try {
        core.alerts.snooze(issueId, 10)
      } catch (e) {
        logs.log.warn(`snooze of issue ${issueId} from a notification refused`, e)
        windows.show('index', issueId)
      }
    },
    failed: () => windows.flash(),
  })

  const trayIcons = trayIconFiles(platform, path.join(resources, 'icons'))
  const tray = new Tray(nativeImage.createFromPath(trayIcons.normal))
  tray.setToolTip('Veeam 에스컬레이션 트레이')
  tray.on('click', () => windows.show('quick')) // Windows and macOS; Linux trays emit no click (the menu has 빠른 등록)
  const trayStatus = createTrayStatus({
    tray,
    iconFiles: trayIcons,
    model: () => trayModel(core.clock.trayIssues(), core.now(), language()),
    language,
    menuState: () => ({ shortcut: shortcut.state === 'registered' ? shortcut.accelerator : null, shortcutProblem: shortcutProblemText(shortcut, language()) }),
    actions: {
      quickLog: () => windows.show('quick'),
      dashboard: () => windows.show('index'),
      openLogFolder: () => void shell.openPath(logs.folder),
      quit: () => app.quit(),
    },
    openIssue: (issueId) => windows.show('index', issueId),
    platform,
  })

  function applyDesktopSettings(settings: EventOf<'settingsChanged'>, changedShortcut: boolean): void {
    if (startAtLoginSupported(platform)) app.setLoginItemSettings(loginItemSettings(platform, settings.startAtLogin))
    if (!changedShortcut) return
    shortcut = registerQuickShortcut(globalShortcut, settings.shortcut, () => windows.show('quick'))
    const problem = shortcutProblemText(shortcut, settings.language)
    if (problem) {
      logs.log.warn(problem)
      if (Notification.isSupported()) new Notification({ title: 'Veeam 에스컬레이션 트레이', body: problem }).show()
    }
  }
  applyDesktopSettings(core.settings.get(), true)

  core.hub.on((event, payload) => {
    if (event === 'alert') notifier.show(payload as EventOf<'alert'>)
    if (event === 'alertsWithdrawn') notifier.withdraw((payload as EventOf<'alertsWithdrawn'>).keys)
    if (event === 'settingsChanged') {
      const next = payload as EventOf<'settingsChanged'>
      applyDesktopSettings(next, next.shortcut !== shortcut.accelerator)
    }
  })
  resyncOnWake(() => core.clock.resync())
  core.clock.start()
  // The full integrity check runs in a worker after start; damage found then gets the start's choice, applied on a restart.
  core.onDamaged((e) => {
    const choice = askRecovery(core.store.file, e)
    core.close()
    if (choice) recoverStoreFile(core.store.file, choice, core.now())
    if (choice) app.relaunch()
    app.exit(choice ? 0 : 1)
  })
  core.checkIntegritySoon((e: unknown) => logs.log.error('integrity check failed to run', e))
  core.hub.on(() => trayStatus.update()) // after the clock's own listener, so it sees the recomputed deadlines
  setInterval(() => trayStatus.update(), 60_000).unref() // the countdowns in the menu
  trayStatus.update()

  windows.prepare()
  // Started by the login item: stay in the tray. Otherwise (first start, a click on the app) show the dashboard, or with --quick the quick window.
  if (!startedAtLogin(platform, process.argv, app.getLoginItemSettings().wasOpenedAtLogin)) windows.show(pageForArgs(process.argv) ?? 'index')
  logs.log.info(`started ${app.getVersion()} on ${platform}, shortcut ${shortcut.accelerator}: ${shortcut.state}`)
  return true
}

/** A bad database file is left untouched; the user chooses: restore the newest good backup, start a new file, or quit. */
function openAppCore(file: string): Core | null {
  const options = { file, host: 'electron' as const, version: app.getVersion(), fontsDir: path.join(resources, 'fonts') }
  const opened = openCore(options, (e) => askRecovery(file, e))
  const r = opened?.recovered
  if (r) {
    const how = r.restoredFrom ? `백업 ${path.basename(r.restoredFrom)}에서 복원했습니다.` : '새 파일로 시작했습니다.'
    dialog.showMessageBoxSync({ type: 'info', title: '데이터 파일 복구', message: how, detail: `손상된 파일은 그대로 보관했습니다:\n${r.keptAside}`, buttons: ['확인'] })
    logs.log.warn(`recovered: kept ${r.keptAside}${r.restoredFrom ? `, restored ${r.restoredFrom}` : ', new file'}`)
  }
  return opened?.core ?? null
}

/** The choice for a bad data file, at start or when the check after start finds damage; null: quit. */
function askRecovery(file: string, e: StoreOpenError): RecoveryChoice | null {
  logs.log.error('data file cannot be opened', e)
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: '데이터 파일 오류',
    message: e.message,
    detail: `파일: ${file}\n파일은 그대로 두었습니다. 현재 파일은 옆에 보관한 채로 다음 중 하나를 고르세요.`,
    buttons: ['최근 정상 백업으로 복원', '새 파일로 시작', '종료'],
    defaultId: 0,
    cancelId: 2,
  })
  return choice === 0 ? 'restoreLatest' : choice === 1 ? 'newFile' : null
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const started = app.whenReady().then(start)
  // A second start (second-instance) or a Dock click (macOS activate, which may come even before
  // ready) waits for the start to finish: before it no window may be created, and a page would
  // find no IPC handler to answer its first call.
  const afterStart = (show: () => void) => void started.then((running) => running && show(), () => {})
  // A login start while the app already runs (Windows may restore it at sign-in before the login item starts) shows nothing.
  app.on('second-instance', (_e, argv) =>
    afterStart(() => {
      const asked = pageForArgs(argv)
      if (asked) windows.show(asked)
    }),
  )
  app.on('activate', () => afterStart(() => windows.show('index'))) // macOS: the app was opened again (Finder, Spotlight)
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, trusted, (url) => void openExternal(url).catch(() => {}))) // the failure is logged
  app.on('window-all-closed', () => {
    /* stay in the tray */
  })
  started.catch((e: unknown) => reportStartFailure({ dialog, shell, log: logs.log, exit: (code) => app.exit(code) }, e, logs))
}
