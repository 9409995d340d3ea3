import { Notification, type NotificationConstructorOptions } from 'electron'
import type { Alert } from '../../shared/ipc'

export interface NotifierOptions {
  platform: NodeJS.Platform
  language: () => 'ko' | 'en'
  openIssue(issueId: number): void
  snooze(issueId: number): void
  /** A toast that could not be shown (Windows / macOS report `failed`): draw the eye some other way. */
  failed(): void
  icon?: string
}

export interface Notifier {
  show(alert: Alert): void
  /** The alerts no longer apply (step done, snoozed, issue resolved): close them and remove them from the notification centre. */
  withdraw(keys: string[]): void
}

const buttons = { ko: ['열기', '10분 미루기'], en: ['Open', 'Snooze 10 min'] }

/** Alerts that say something is due or overdue stay until the user dismisses them; "15 minutes left" may time out. */
export const staysUntilDismissed = (alert: Alert): boolean => alert.kind === 'at' || alert.kind === 'now' || alert.kind === 'missed'

/** What a click from Windows' Action Center carries: `action=open&issue=7` (the toast's launch / button arguments). */
export function activationArguments(action: 'open' | 'snooze', issueId: number): string {
  return `action=${action}&issue=${issueId}`
}
export function parseActivation(raw: string): { action: 'open' | 'snooze'; issueId: number } | null {
  const p = new URLSearchParams(raw)
  const issueId = Number(p.get('issue'))
  const action = p.get('action')
  if (!Number.isInteger(issueId) || issueId <= 0 || (action !== 'open' && action !== 'snooze')) return null
  return { action, issueId }
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The Windows toast, written out so that a click in Action Center (after the object is gone, or
 * after a restart) still carries the issue: `Notification.handleActivation` receives `launch` or
 * the button's `arguments`. `scenario="reminder"` keeps a due/overdue toast on screen until dismissed.
 */
export function windowsToastXml(alert: Alert, language: 'ko' | 'en'): string {
  const [open, snooze] = buttons[language]
  const scenario = staysUntilDismissed(alert) ? ' scenario="reminder"' : ''
  const launch = xml(activationArguments('open', alert.issueId))
  return (
    `<toast launch="${launch}" activationType="foreground"${scenario}>` +
    `<visual><binding template="ToastGeneric"><text>${xml(alert.title)}</text><text>${xml(alert.body)}</text></binding></visual>` +
    `<actions>` +
    `<action content="${xml(open)}" arguments="${launch}" activationType="foreground"/>` +
    `<action content="${xml(snooze)}" arguments="${xml(activationArguments('snooze', alert.issueId))}" activationType="foreground"/>` +
    `</actions></toast>`
  )
}

/**
 * Desktop notifications for the clock's alerts. Each is kept referenced by its alert key until it
 * is clicked, replaced or withdrawn (Electron drops the click of a collected object; on Windows a
 * toast that times out fires `close` but still sits in Action Center, so `close` does not drop it).
 */
export function createNotifier(o: NotifierOptions): Notifier {
  const live = new Map<string, Notification>()
  const act = (action: 'open' | 'snooze', issueId: number) => (action === 'open' ? o.openIssue(issueId) : o.snooze(issueId))

  if (o.platform === 'win32') {
    Notification.handleActivation((details) => {
      const a = parseActivation(details.arguments)
      if (a) act(a.action, a.issueId)
    })
  }

  function forget(key: string) {
    live.get(key)?.close()
    live.delete(key)
  }

  return {
    show(alert) {
      if (!Notification.isSupported()) return
      forget(alert.key)
      const language = o.language()
      const options: NotificationConstructorOptions = {
        id: alert.key,
        groupId: `issue-${alert.issueId}`,
        title: alert.title,
        body: alert.body,
        icon: o.icon,
        timeoutType: staysUntilDismissed(alert) ? 'never' : 'default',
        urgency: alert.kind === 'before' ? 'normal' : 'critical',
        // Linux (libnotify) shows no buttons reliably; Windows gets them from the toast XML.
        actions: o.platform === 'darwin' ? buttons[language].map((text) => ({ type: 'button' as const, text })) : [],
        ...(o.platform === 'win32' ? { toastXml: windowsToastXml(alert, language) } : {}),
      }
      const n = new Notification(options)
      live.set(alert.key, n)
      n.on('click', () => {
        live.delete(alert.key)
        o.openIssue(alert.issueId)
      })
      n.on('action', (e) => {
        live.delete(alert.key)
        act(e.actionIndex === 1 ? 'snooze' : 'open', alert.issueId)
      })
      n.on('failed', () => o.failed())
      n.show()
    },
    withdraw(keys) {
      for (const key of keys) forget(key)
      if (o.platform === 'darwin' && keys.length) Notification.remove(keys)
    },
  }
}
