import { Notification } from 'electron'
import type { Alert } from '../../shared/ipc'

/**
 * Desktop notifications for the clock's alerts (spec §11): clicking one opens that issue.
 * Shown notifications are kept referenced until closed, or Electron may collect them and drop the click.
 */
export function createNotifier(openIssue: (issueId: number) => void): { show(alert: Alert): void } {
  const live = new Set<Notification>()
  return {
    show(alert) {
      if (!Notification.isSupported()) return
      const n = new Notification({ title: alert.title, body: alert.body, urgency: alert.kind === 'before' ? 'normal' : 'critical' })
      live.add(n)
      n.on('click', () => {
        live.delete(n)
        openIssue(alert.issueId)
      })
      n.on('close', () => live.delete(n))
      n.show()
    },
  }
}
