import { routeAt } from '../../../shared/domain'
import { AppError, normalizeExternalUrl } from '../../../shared/ipc'
import type { Core } from '../core'
import { exportAll, importAll, parseDump } from '../services/dataTransfer'
import type { SaveFiles } from '../services/exportService'
import type { Handlers } from './dispatch'

export interface HostHooks {
  /** Opens an allow-listed address in the system browser; false where the host cannot (the browser preview opens it itself). */
  openExternal(url: string): boolean
  /** Saves exported files where the user chooses (Electron: a dialog); null where the page downloads them. */
  saveFiles?: SaveFiles
}

/** Channel → service call. One line each: rules live in the services. */
export function createHandlers(core: Core, hooks: HostHooks): Handlers {
  const { issues, directory, store } = core
  const iso = () => core.now().toISOString()
  const ok = { ok: true as const }
  return {
    'app.info': () => ({ version: core.options.version, host: core.options.host, dataFile: store.file, now: iso() }),

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
    'settings.update': ({ settings }) => core.updateSettings(settings),
    'settings.history': () => store.settings.history(),
    'holidays.list': ({ year }) => core.holidays(year),
    'routing.region': ({ at }) => ({ region: routeAt(new Date(at), core.settings.get().domain.routing).region }),

    'alerts.missed': () => core.alerts.missed(),
    'alerts.snooze': ({ issueId, minutes }) => (core.alerts.snooze(issueId, minutes), ok),

    'backup.now': async () => ({ file: await store.backupNow(core.now()) }),
    'backup.list': () => store.listBackups(),
    'backup.restore': ({ file }) => ({ keptAside: core.restore(file) }),
    'data.exportJson': () => ({ json: exportAll(store, core.now()) }),
    'data.importJson': async ({ json }) => {
      const dump = parseDump(json) // validated first: a rejected file takes no backup
      await store.backupNow(core.now(), 'preimport')
      const count = importAll(store, dump, core.now())
      core.afterDataReplaced()
      return { issues: count }
    },

    'export.preview': ({ issueId }) => core.exports.preview(issueId),
    'export.make': ({ issueId, form }) => core.exports.make(issueId, form, hooks.saveFiles ?? (async () => null)),

    'shell.openExternal': ({ url }) => {
      const normalized = normalizeExternalUrl(url)
      if (!normalized) throw new AppError('forbidden', '허용되지 않은 주소입니다')
      return { openedByHost: hooks.openExternal(normalized) }
    },
  }
}
