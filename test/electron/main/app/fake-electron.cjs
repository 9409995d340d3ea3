// A recording fake of `electron` for running the real built out/main/index.js in plain Node
// (`node --require fake-electron.cjs out/main/index.js`). Written from Electron 45's
// electron.d.ts and docs, including the behaviour that bites users:
//   - globalShortcut.register throws on an accelerator it cannot parse, returns false when taken;
//   - a Windows toast that times out fires `close` and moves to Action Center, where a click
//     reaches the app only through Notification.handleActivation (win32 only);
//   - on Windows shutdown `session-end` is emitted on windows, `before-quit` is not;
//   - Linux trays emit no `click`; setLoginItemSettings does nothing on Linux;
//   - app.dock and Notification.remove exist on macOS only;
//   - BrowserWindow, Tray, screen, powerMonitor, globalShortcut and session throw before `ready`,
//     and macOS may emit `activate` before it (a Dock or Finder click during a slow start);
//   - a page calls the main process as soon as it has loaded: `ipcRenderer.invoke` on a channel
//     with no handler yet rejects ("No handler registered"), which the page shows as an error;
//   - shell.openExternal rejects when no application handles the address (FAKE_NO_URL_HANDLER);
//   - Windows drops toasts shown before app.setAppUserModelId; Notification.isSupported() may be false;
//   - Windows' toast activator CLSID is random per run unless app.setToastActivatorCLSID fixes it; a
//     click in Action Center on a toast of a run that has ended starts the exe through COM for the
//     CLSID registered then, and reaches handleActivation only if this run registers the same one.
// The test drives it through Node's IPC channel ({ id, cmd, ... } → { id, result }) and reads
// the final state from FAKE_STATE_FILE when the process exits.
'use strict'
const Module = require('node:module')
const { EventEmitter } = require('node:events')
const fs = require('node:fs')
const path = require('node:path')

const env = process.env
const platform = env.FAKE_PLATFORM || process.platform
if (env.FAKE_PACKAGED === '1') process.resourcesPath = path.resolve(__dirname, '..', '..', '..', '..')
Object.defineProperty(process, 'platform', { value: platform })
if (env.FAKE_ARGV) process.argv.push(...JSON.parse(env.FAKE_ARGV))

// The test's clock: wall time shifted to FAKE_NOW at start; `advance` moves it (like a sleep).
const RealDate = Date
let offset = env.FAKE_NOW ? new RealDate(env.FAKE_NOW).getTime() - RealDate.now() : 0
class FakeDate extends RealDate {
  constructor(...a) {
    if (a.length === 0) super(RealDate.now() + offset)
    else super(...a)
  }
  static now() {
    return RealDate.now() + offset
  }
}
globalThis.Date = FakeDate

const state = {
  platform,
  dialogs: [],
  fileDialogs: [],
  notifications: [],
  windows: [],
  tray: null,
  appMenu: 'default',
  loginItem: [],
  dockHidden: false,
  shellOpened: [],
  appEvents: [],
  shortcuts: [],
  /** What the pages saw go wrong calling the main process (see WebContents.pageLoaded). */
  pageErrors: [],
  /** Errors that reached the top level uncaught (Electron shows its own English dialog for them). */
  uncaught: [],
  exitCode: null,
}
const dialogAnswers = env.FAKE_DIALOG_ANSWERS ? JSON.parse(env.FAKE_DIALOG_ANSWERS) : []
const fileDialogAnswers = env.FAKE_FILE_DIALOG_ANSWERS ? JSON.parse(env.FAKE_FILE_DIALOG_ANSWERS) : []
const taken = new Set(env.FAKE_TAKEN_SHORTCUTS ? JSON.parse(env.FAKE_TAKEN_SHORTCUTS) : [])
// Accelerators this machine's Electron cannot convert although they look valid (keyboard layouts differ).
const throwing = new Set(env.FAKE_THROWING_SHORTCUTS ? JSON.parse(env.FAKE_THROWING_SHORTCUTS) : [])

// Electron's accelerator parser (accelerator.md); unknown parts throw, as `register` does.
const MODIFIERS = ['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']
const KEYS = /^([a-z0-9]|f([1-9]|1\d|2[0-4])|num[0-9]|plus|space|tab|capslock|numlock|scrolllock|backspace|delete|insert|return|enter|up|down|left|right|home|end|pageup|pagedown|escape|esc|volumeup|volumedown|volumemute|medianexttrack|mediaprevioustrack|mediastop|mediaplaypause|printscreen|numdec|numadd|numsub|nummult|numdiv|[)!@#$%^&*(:;=<,_\->.?/~`{\][|\\}"'])$/
function parseAccelerator(acc) {
  const parts = String(acc).split('+')
  const key = parts.pop().toLowerCase()
  if (!KEYS.test(key) || parts.some((p) => !MODIFIERS.includes(p.toLowerCase()))) throw new Error('Error processing argument at index 0, conversion failure from ' + acc)
}

const app = new EventEmitter()
let ready = false
let whenReadyResolve
const readyPromise = new Promise((r) => (whenReadyResolve = r))
/** Electron's modules that cannot be used before `ready` throw (the messages are Electron's). */
function requireReady(what) {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready`)
}
setImmediate(() => {
  // macOS: a click on the app in the Dock or Finder while it is still starting (Electron #5272).
  if (platform === 'darwin' && env.FAKE_ACTIVATE_BEFORE_READY === '1') app.emit('activate', {}, false)
  ready = true
  app.emit('ready')
  whenReadyResolve()
  // The user starts the app again while the first one is still starting (a double double-click):
  // Electron emits second-instance after ready, in a later task, possibly in the middle of start.
  if (env.FAKE_SECOND_INSTANCE_AT_START === '1') setImmediate(() => app.emit('second-instance', {}, [], userData, {}))
})
const userData = env.FAKE_USER_DATA
Object.assign(app, {
  name: 'veeam-escalation-tray',
  // FAKE_PACKAGED: an installed build; its resources folder is the repository here (resources/, no native/).
  isPackaged: env.FAKE_PACKAGED === '1',
  getName: () => 'veeam-escalation-tray',
  getVersion: () => '0.1.0',
  whenReady: () => readyPromise,
  isReady: () => ready,
  getPath: (name) => (name === 'userData' ? userData : name === 'logs' ? path.join(userData, 'logs') : path.join(userData, '..', name)),
  setAppUserModelId: (id) => (state.appUserModelId = id),
  requestSingleInstanceLock: () => env.FAKE_LOCK_HELD !== '1',
  setLoginItemSettings: (s) => {
    if (platform !== 'linux') state.loginItem.push(s) // documented: nothing happens on Linux
  },
  getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: env.FAKE_OPENED_AT_LOGIN === '1' && platform === 'darwin', status: 'enabled' }),
  quit: () => {
    state.appEvents.push('quit')
    const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    app.emit('before-quit', e)
    if (e.defaultPrevented) return
    for (const w of BrowserWindow.all) w.emit('close', { preventDefault() {} })
    app.emit('will-quit', { preventDefault() {} })
    setImmediate(() => process.exit(0))
  },
  exit: (code) => {
    state.appEvents.push(`exit ${code}`)
    process.exit(code)
  },
})
if (platform === 'win32') {
  // Docs: "If this method is never called, a random CLSID is generated once per run."
  state.toastActivatorCLSID = `{${require('node:crypto').randomUUID().toUpperCase()}}`
  Object.defineProperty(app, 'toastActivatorCLSID', { get: () => state.toastActivatorCLSID })
  app.setToastActivatorCLSID = (id) => {
    const m = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i.exec(String(id))
    if (!m) throw new Error(`Invalid CLSID: ${id}`)
    state.toastActivatorCLSID = `{${m[1].toUpperCase()}}`
  }
}
if (platform === 'darwin') app.dock = { hide: () => (state.dockHidden = true), show: () => (state.dockHidden = false) }

class WebContents extends EventEmitter {
  constructor(win) {
    super()
    this.win = win
    this.sent = []
    this.url = ''
  }
  send(channel, payload) {
    this.sent.push({ channel, payload })
  }
  isLoading() {
    return false
  }
  isDestroyed() {
    return false
  }
  getURL() {
    return this.url
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn
  }
  reload() {
    this.win.record.reloads = (this.win.record.reloads ?? 0) + 1
    this.pageLoaded()
  }
  /** The page's first call on load, as the renderer makes it through the preload (ipcRenderer.invoke). */
  pageLoaded() {
    setImmediate(async () => {
      const channel = 'api:app.info'
      const handler = ipcHandlers.get(channel)
      if (!handler) return state.pageErrors.push(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)
      const reply = await handler({ senderFrame: { url: this.url } }, {})
      if (!reply || reply.ok !== true) state.pageErrors.push(`${channel}: ${JSON.stringify(reply)}`)
    })
  }
}

class BrowserWindow extends EventEmitter {
  static all = []
  static getAllWindows = () => BrowserWindow.all
  static getFocusedWindow = () => BrowserWindow.all.find((w) => w.focused) ?? null
  constructor(options = {}) {
    requireReady('BrowserWindow')
    super()
    this.options = options
    this.visible = options.show !== false
    this.bounds = { x: 0, y: 0, width: options.width ?? 800, height: options.height ?? 600 }
    this.webContents = new WebContents(this)
    this.record = { title: options.title, options: { frame: options.frame, alwaysOnTop: options.alwaysOnTop, skipTaskbar: options.skipTaskbar }, visible: this.visible, loaded: null, bounds: this.bounds, flashed: false, sent: this.webContents.sent, allWorkspaces: null, focused: false }
    state.windows.push(this.record)
    BrowserWindow.all.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  loadFile(file) {
    this.record.loaded = file
    this.webContents.url = require('node:url').pathToFileURL(file).href
    this.webContents.pageLoaded()
    return Promise.resolve()
  }
  loadURL(url) {
    this.record.loaded = url
    this.webContents.url = url
    this.webContents.pageLoaded()
    return Promise.resolve()
  }
  show() {
    this.visible = this.record.visible = true
  }
  hide() {
    this.visible = this.record.visible = false
  }
  focus() {
    this.focused = this.record.focused = true
  }
  isVisible() {
    return this.visible
  }
  isMinimized() {
    return false
  }
  restore() {}
  isDestroyed() {
    return false
  }
  getSize() {
    return [this.bounds.width, this.bounds.height]
  }
  setBounds(b) {
    Object.assign(this.bounds, b)
  }
  setAlwaysOnTop(flag, level) {
    this.record.alwaysOnTopLevel = flag ? level ?? 'floating' : null
  }
  setVisibleOnAllWorkspaces(visible, options) {
    this.record.allWorkspaces = { visible, ...options }
  }
  flashFrame(flag) {
    this.record.flashed = flag
  }
}

const displays = [
  { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  { id: 2, bounds: { x: 1920, y: 0, width: 2560, height: 1440 }, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } },
]
let cursor = { x: 100, y: 100 }
const screen = Object.assign(new EventEmitter(), {
  getCursorScreenPoint: () => (requireReady('screen'), cursor),
  getAllDisplays: () => (requireReady('screen'), displays),
  getPrimaryDisplay: () => (requireReady('screen'), displays[0]),
  getDisplayNearestPoint: (p) => (requireReady('screen'), displays.find((d) => p.x >= d.bounds.x && p.x < d.bounds.x + d.bounds.width) ?? displays[0]),
})

const shortcutCallbacks = new Map()
const globalShortcut = {
  register(acc, cb) {
    requireReady('globalShortcut')
    parseAccelerator(acc)
    if (throwing.has(acc)) throw new Error('Error processing argument at index 0, conversion failure from ' + acc)
    if (taken.has(acc)) return false
    shortcutCallbacks.set(acc, cb)
    state.shortcuts = [...shortcutCallbacks.keys()]
    return true
  },
  unregisterAll() {
    shortcutCallbacks.clear()
    state.shortcuts = []
  },
  unregister(acc) {
    shortcutCallbacks.delete(acc)
    state.shortcuts = [...shortcutCallbacks.keys()]
  },
  isRegistered: (acc) => shortcutCallbacks.has(acc),
}

let activationHandler = null
const liveNotifications = []
class Notification extends EventEmitter {
  // Linux without a notification daemon (a bare window manager, some kiosks): nothing can be shown.
  static isSupported = () => env.FAKE_NOTIFICATIONS_UNSUPPORTED !== '1'
  constructor(options = {}) {
    super()
    this.options = options
    this.record = { title: options.title, body: options.body, id: options.id, timeoutType: options.timeoutType, toastXml: options.toastXml, actions: options.actions, shown: false, closed: false, inActionCenter: false }
    state.notifications.push(this.record)
    liveNotifications.push(this)
  }
  show() {
    if (!Notification.isSupported()) return
    // Windows drops a toast of a process without an AppUserModelID (it must match the Start-menu shortcut's).
    if (platform === 'win32' && !state.appUserModelId) return (this.record.dropped = 'no AppUserModelID')
    this.record.shown = true
    this.emit('show', {})
  }
  close() {
    if (this.record.closed) return
    this.record.closed = true
    this.record.inActionCenter = false
    this.emit('close', {})
  }
  /** Windows: a toast stays on screen when it is a reminder (toast XML) or timeoutType 'never'. */
  staysOnScreen() {
    if (this.options.toastXml) return /scenario="reminder"/.test(this.options.toastXml)
    return this.options.timeoutType === 'never'
  }
}
// FAKE_COLD_ACTIVATION {clsid, arguments}: this run was started by COM for a click in Action Center.
const coldActivation = env.FAKE_COLD_ACTIVATION ? JSON.parse(env.FAKE_COLD_ACTIVATION) : null
if (platform === 'win32') {
  Notification.handleActivation = (cb) => {
    activationHandler = cb
    // "If an activation already occurred before calling this method, the callback is invoked immediately."
    if (coldActivation && coldActivation.clsid.toUpperCase() === state.toastActivatorCLSID) {
      state.coldActivationDelivered = true
      cb({ type: 'click', arguments: coldActivation.arguments })
    }
  }
}
if (platform === 'darwin') {
  Notification.remove = (ids) => {
    for (const id of [].concat(ids)) for (const n of liveNotifications) if (n.options.id === id) n.record.removedFromCenter = true
  }
  Notification.removeAll = () => {}
}

class Tray extends EventEmitter {
  constructor(image) {
    requireReady('Tray')
    super()
    this.menu = null
    Tray.instance = this
    state.tray = { image: image.path, tooltip: '', title: '', menu: [] }
  }
  setToolTip(t) {
    state.tray.tooltip = t
  }
  setTitle(t) {
    state.tray.title = t
  }
  setImage(i) {
    state.tray.image = i.path
  }
  setContextMenu(menu) {
    this.menu = menu
    state.tray.menu = menu.items.map((i) => ({ label: i.label, type: i.type, enabled: i.enabled, accelerator: i.accelerator }))
  }
  destroy() {}
}

const Menu = {
  buildFromTemplate: (template) => ({ items: template }),
  setApplicationMenu: (menu) => (state.appMenu = menu ? menu.items.map((i) => i.role ?? i.label) : null),
}

const dialog = {
  showMessageBoxSync: (...a) => {
    const o = a.length > 1 ? a[1] : a[0]
    state.dialogs.push({ type: o.type, title: o.title, message: o.message, detail: o.detail, buttons: o.buttons })
    return dialogAnswers.length ? dialogAnswers.shift() : (o.defaultId ?? 0)
  },
  showMessageBox: async (...a) => ({ response: dialog.showMessageBoxSync(...a) }),
  // File dialogs answer from FAKE_FILE_DIALOG_ANSWERS in turn (a path, or null: the user cancelled), as
  // Electron's do: save → { canceled, filePath } ('' when cancelled), open → { canceled, filePaths } ([] when cancelled).
  showSaveDialog: async (...a) => {
    const o = a.length > 1 ? a[1] : a[0]
    state.fileDialogs.push({ kind: 'save', title: o.title, defaultPath: o.defaultPath, filters: o.filters })
    const answer = fileDialogAnswers.length ? fileDialogAnswers.shift() : null
    return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' }
  },
  showOpenDialog: async (...a) => {
    const o = a.length > 1 ? a[1] : a[0]
    state.fileDialogs.push({ kind: 'open', title: o.title, properties: o.properties, filters: o.filters })
    const answer = fileDialogAnswers.length ? fileDialogAnswers.shift() : null
    return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] }
  },
  showErrorBox: (title, content) => state.dialogs.push({ type: 'error', title, message: content }),
}

const ipcHandlers = new Map()
const ipcMain = Object.assign(new EventEmitter(), { handle: (channel, fn) => ipcHandlers.set(channel, fn), removeHandler: (c) => ipcHandlers.delete(c) })
const permissionHandlers = {}
const defaultSession = {
  webRequest: { onHeadersReceived: (fn) => (permissionHandlers.headers = fn) },
  setPermissionRequestHandler: (fn) => (permissionHandlers.request = fn),
  setPermissionCheckHandler: (fn) => (permissionHandlers.check = fn),
}
const session = {
  get defaultSession() {
    requireReady('session')
    return defaultSession
  },
}
// powerMonitor: listening before ready throws, as Electron's does.
const powerMonitor = new EventEmitter()
const powerOn = powerMonitor.on.bind(powerMonitor)
powerMonitor.on = powerMonitor.addListener = (...a) => (requireReady('powerMonitor'), powerOn(...a))
// Addresses whose scheme no installed application handles (e.g. tel: on a desktop without a phone app).
const noUrlHandler = new Set(env.FAKE_NO_URL_HANDLER ? JSON.parse(env.FAKE_NO_URL_HANDLER) : [])

const electron = {
  app,
  BrowserWindow,
  screen,
  globalShortcut,
  Notification,
  Tray,
  Menu,
  dialog,
  ipcMain,
  session,
  nativeImage: { createFromPath: (p) => ({ path: p, isEmpty: () => !fs.existsSync(p) }) },
  shell: {
    openPath: async (p) => (state.shellOpened.push(p), ''),
    openExternal: async (u) => {
      if (noUrlHandler.has(new URL(u).protocol)) throw new Error(`Failed to open: ${u}`) // Linux: xdg-open found no handler; Windows: ShellExecute's error
      state.shellOpened.push(u)
    },
  },
  powerMonitor,
  webContents: { getAllWebContents: () => BrowserWindow.all.map((w) => w.webContents) },
}

const realLoad = Module._load
Module._load = function (request, ...rest) {
  if (request === 'electron' || request === 'electron/main') return electron
  return realLoad.call(this, request, ...rest)
}

const windowOf = (page) => BrowserWindow.all.find((w) => String(w.record.loaded).endsWith(`${page}.html`))
const commands = {
  state: () => state,
  pressShortcut: () => {
    for (const cb of shortcutCallbacks.values()) cb()
    return shortcutCallbacks.size
  },
  moveCursor: ({ x, y }) => (cursor = { x, y }),
  blur: ({ page }) => windowOf(page).emit('blur'),
  closeWindow: ({ page }) => {
    const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    windowOf(page).emit('close', e)
    if (!e.defaultPrevented) windowOf(page).hide()
  },
  // Linux trays emit no click (the docs: Linux has only the context menu).
  trayClick: () => platform !== 'linux' && Tray.instance.emit('click', {}),
  clickTrayMenu: ({ label }) => {
    const item = Tray.instance.menu.items.find((i) => i.label === label)
    if (!item) throw new Error(`no tray menu item ${label}`)
    item.click()
  },
  clickNotification: ({ index }) => liveNotifications[index].emit('click', {}),
  notificationAction: ({ index, actionIndex }) => liveNotifications[index].emit('action', { actionIndex }),
  /** Windows: time passes; toasts that may time out fire `close` and move to Action Center. */
  toastTimeout: () => {
    if (platform !== 'win32') return
    for (const n of liveNotifications) {
      if (!n.record.shown || n.record.closed || n.staysOnScreen()) continue
      n.emit('close', {})
      n.record.inActionCenter = true
    }
  },
  /** Windows: a click on a toast in Action Center (the object may be gone): only handleActivation hears it. */
  actionCenterClick: ({ index }) => {
    const n = liveNotifications[index]
    const xml = n.options.toastXml ?? ''
    const launch = (/launch="([^"]*)"/.exec(xml)?.[1] ?? '').replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c))).replace(/&amp;/g, '&')
    if (!activationHandler) return false
    activationHandler({ type: 'click', arguments: launch })
    return true
  },
  emitApp: ({ event, args = [] }) => app.emit(event, {}, ...args),
  /** Windows: any toast activation (e.g. a button of a toast from an earlier run still in Action Center). */
  activate: (details) => {
    if (!activationHandler) return false
    activationHandler({ type: details.type ?? 'action', arguments: details.arguments })
    return true
  },
  /** The page's renderer process ends (crash, out of memory, killed): the window stays, blank, until reloaded. */
  rendererGone: ({ page, reason }) => windowOf(page).webContents.emit('render-process-gone', {}, { reason, exitCode: 1 }),
  powerMonitor: ({ event }) => powerMonitor.emit(event),
  /** A link the page opens with window.open: what the window-open handler decides. */
  windowOpen: ({ page, url }) => windowOf(page).webContents.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window' }),
  advance: ({ ms }) => (offset += ms),
  /** Windows shutdown or log-off: every window gets session-end; before-quit is not emitted. */
  windowsSessionEnd: () => {
    for (const w of BrowserWindow.all) w.emit('query-session-end', { reasons: ['shutdown'], preventDefault() {} })
    for (const w of BrowserWindow.all) w.emit('session-end', { reasons: ['shutdown'] })
  },
  invoke: async ({ channel, payload, url }) => ipcHandlers.get(`api:${channel}`)({ senderFrame: { url } }, payload),
  /** The headers the session puts on a response (the CSP). */
  responseHeaders: () => new Promise((resolve) => permissionHandlers.headers({ url: 'file:///x', responseHeaders: {} }, (r) => resolve(r.responseHeaders))),
  permission: ({ permission, url }) => new Promise((resolve) => permissionHandlers.request(null, permission, resolve, { requestingUrl: url, isMainFrame: true })),
}

process.on('message', async (m) => {
  try {
    const result = await commands[m.cmd](m)
    process.send({ id: m.id, result: JSON.parse(JSON.stringify(result ?? null)) })
  } catch (e) {
    process.send({ id: m.id, error: String(e && e.stack ? e.stack : e) })
  }
})
// Electron shows an uncaught exception in the main process in its own dialog; here it is recorded and ends the run.
process.on('uncaughtException', (e) => {
  state.uncaught.push(String(e && e.stack ? e.stack : e))
  process.exit(70)
})
process.on('unhandledRejection', (e) => state.uncaught.push(`unhandled rejection: ${String(e && e.stack ? e.stack : e)}`))
process.on('exit', (code) => {
  state.exitCode = code
  if (env.FAKE_STATE_FILE) fs.writeFileSync(env.FAKE_STATE_FILE, JSON.stringify(state))
})
