import { AppError, type ReplyOf } from '../../../shared/ipc'
import type { Core } from '../core'
import { openExternal } from '../services/links'
import type { SaveFiles } from '../services/exportService'
import type { Handlers } from './dispatch'

export interface HostHooks {
  /** Opens an allow-listed address in the system browser; false where the host cannot (the browser preview opens it itself); rejects when no application opens it. */
  openExternal(url: string): boolean | Promise<boolean>
  /** Saves exported files where the user chooses (Electron: a dialog); null where the page downloads them. */
  saveFiles?: SaveFiles
  /** Shows the quick-entry window (Electron); false where the page opens its own dialog (the preview). */
  openQuickEntry?(): boolean
  /** The desktop host's shortcut registration and login-item support; the preview host has neither. */
  desktop?: () => ReplyOf<'app.desktop'>
  /** Electron's save/open dialogs for the data file; a path, or null when the user cancelled. The preview streams over HTTP instead. */
  dataFiles?: {
    chooseExportTarget(defaultName: string): Promise<string | null>
    chooseImportSource(): Promise<string | null>
  }
}

const NO_FILE_DIALOG = {
  ko: '이 화면에서는 파일 대화상자를 쓸 수 없습니다 (미리보기는 내려받기·올리기로 주고받습니다)',
  en: 'File dialogs are not available here (the preview exchanges files by download and upload)',
}

/** Channel → service call. One line each: rules live in the services. */
export function createHandlers(core: Core, hooks: HostHooks): Handlers {
  const { issues, directory, store } = core
  const iso = () => core.now().toISOString()
  const ok = { ok: true as const }
  return {
    'app.info': () => ({ version: core.options.version, host: core.options.host, dataFile: store.file, now: iso() }),
    'app.openQuickEntry': () => ({ openedByHost: hooks.openQuickEntry?.() ?? false }),
    'app.desktop': () =>
      hooks.desktop?.() ?? { shortcut: { accelerator: core.settings.get().shortcut, state: 'unavailable' as const }, startAtLoginSupported: false },

    'issues.create': (req) => issues.create(req),
    'issues.list': (req) => issues.list(req),
    'issues.get': ({ id }) => issues.get(id),
    'issues.update': ({ id, patch }) => issues.update(id, patch),
    'issues.openCase': ({ id, caseNumber, at }) => issues.openCase(id, caseNumber, at),
    'issues.firstResponse': ({ id, at }) => issues.firstResponse(id, at),
    'issues.setTier': ({ id, tier, at }) => issues.setTier(id, tier, at),
    'issues.resolve': ({ id, at }) => issues.resolve(id, at),
    'issues.reopen': ({ id, at }) => issues.reopen(id, at),
    'issues.close': ({ id }) => issues.close(id),

    'steps.mark': (req) => issues.markStep(req),
    'timeline.note': ({ issueId, text }) => (issues.addNote(issueId, text), ok),
    'timeline.call': ({ issueId, contactId, stepId, note }) => (issues.logCall(issueId, contactId, stepId, note), ok),
    'timeline.search': ({ issueId, where, query }) => (issues.logSearch(issueId, where, query), ok),

    'contacts.list': () => directory.contacts(),
    'contacts.save': (req) => directory.saveContact(req),
    'contacts.delete': ({ id }) => (directory.deleteContact(id), ok),
    'customers.list': () => directory.customers(),
    'customers.save': (req) => directory.saveCustomer(req),
    'customers.delete': ({ id }) => (directory.deleteCustomer(id), ok),

    'settings.get': () => core.settings.get(),
    'settings.update': ({ settings }) => core.settings.update(settings),
    'settings.history': () => store.settings.history(),
    'holidays.list': ({ year }) => core.calendar.holidays(year),
    'routing.region': ({ at }) => core.calendar.regionAt(at),

    'alerts.missed': () => core.alerts.missed(),
    'alerts.snooze': ({ issueId, minutes }) => (core.alerts.snooze(issueId, minutes), ok),

    'backup.now': async () => ({ file: await store.backupNow(core.now()) }),
    'backup.list': () => store.listBackups(),
    'backup.restore': ({ file }) => ({ keptAside: core.data.restore(file) }),
    'data.exportJson': async () => ({ json: await core.data.exportJson() }),
    'data.importJson': async ({ json }) => ({ issues: await core.data.importJson(json) }),
    'data.exportFile': async () => {
      const target = await hooks.dataFiles?.chooseExportTarget(core.data.exportFileName())
      if (target === undefined) throw new AppError('rule', NO_FILE_DIALOG)
      if (target !== null) await core.data.exportToFile(target)
      return { savedTo: target }
    },
    'data.importFile': async () => {
      const source = await hooks.dataFiles?.chooseImportSource()
      if (source === undefined) throw new AppError('rule', NO_FILE_DIALOG)
      return { issues: source === null ? null : await core.data.importFile(source) }
    },
    'data.importCancel': () => ({ cancelled: core.data.cancelImport() }),

    'export.preview': ({ issueId }) => core.exports.preview(issueId),
    'export.make': ({ issueId, form }) => core.exports.make(issueId, form, hooks.saveFiles ?? (async () => null)),

    'reports.sla': (req) => core.reports.report(req),
    'reports.export': (req) => core.reports.export(req, hooks.saveFiles ?? (async () => null)),

    'shell.openExternal': async ({ url }) => ({ openedByHost: await openExternal(url, hooks.openExternal) }),
  }
}
