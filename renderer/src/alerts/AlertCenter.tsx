import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { host } from '../../api'
import type { Alert } from '../../../shared/ipc/alerts'
import { go } from '../common/route'
import { formatKstTime } from '../../../shared/format/kst'
import { useAlertToasts } from './useAlertToasts'

const notificationsSupported = () => typeof window !== 'undefined' && 'Notification' in window

/**
 * Alerts of the escalation clock in the main window: a tray of its own beside the page (never over
 * it), collapsible to one line; each toast stays until its step is done, its issue resolved, the
 * clock withdraws it, or the user dismisses or opens it. In the preview a browser notification is
 * shown too when the page may; in Electron the main process shows the native one.
 */
export function AlertCenter() {
  const { t } = useTranslation()
  const [permission, setPermission] = useState(() => (notificationsSupported() ? Notification.permission : 'denied'))
  const [collapsed, setCollapsed] = useState(false)

  const notify = useCallback((a: Alert, remove: (keys: string[]) => void) => {
    if (host !== 'web' || !notificationsSupported() || Notification.permission !== 'granted') return
    try {
      const n = new Notification(a.title, { body: a.body, tag: a.key })
      n.onclick = () => {
        window.focus()
        remove([a.key])
        go(`#/issue/${a.issueId}`)
        n.close()
      }
    } catch {
      /* some platforms only allow notifications from a service worker: the toast is enough */
    }
  }, [])
  const { toasts, remove, clear } = useAlertToasts(notify)

  const openIssue = (a: Alert) => {
    remove([a.key])
    go(`#/issue/${a.issueId}`)
  }

  if (toasts.length === 0) return null

  return (
    <aside className={`alert-tray${collapsed ? ' collapsed' : ''}`} aria-label={t('alert.region')} data-testid="alert-tray">
      <div className="tray-head">
        <button type="button" className="tray-toggle" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
          <span className="tray-count tabular">{t('alert.count', { n: toasts.length })}</span>
          <span aria-hidden>{collapsed ? '▸' : '▾'}</span>
          <span className="sr-only">{collapsed ? t('alert.expand') : t('alert.collapse')}</span>
        </button>
        {!collapsed && toasts.length > 1 && (
          <button type="button" className="small ghost" onClick={clear}>{t('alert.dismissAll')}</button>
        )}
      </div>
      {!collapsed && (
        <div className="tray-list">
          {toasts.map((a) => (
            <div key={a.key} className={`toast kind-${a.kind}`} role="alert" data-testid="alert-toast" data-issue-id={a.issueId} data-kind={a.kind} onClick={() => openIssue(a)}>
              <button type="button" className="toast-main" title={t('alert.open')}>
                <span className="toast-kind">
                  {t(`alert.kind.${a.kind}`)} · <span className="tabular">{formatKstTime(a.dueAt)} KST</span>
                </span>
                <strong className="toast-title">{a.title}</strong>
                {a.body && <span className="toast-body">{a.body}</span>}
              </button>
              <button
                type="button"
                className="toast-x"
                aria-label={t('alert.dismiss')}
                title={t('alert.dismiss')}
                onClick={(e) => {
                  e.stopPropagation()
                  remove([a.key])
                }}
              >
                ✕
              </button>
            </div>
          ))}
          {host === 'web' && permission === 'default' && (
            <button type="button" className="small" onClick={() => void Notification.requestPermission().then(setPermission)}>
              {t('alert.enableDesktop')}
            </button>
          )}
        </div>
      )}
    </aside>
  )
}
