import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, host } from '../../api'
import type { Alert } from '../../../shared/ipc/alerts'
import { go } from '../common/route'
import { formatKstTime } from '../../../shared/format/kst'

/** Toasts kept on screen at once; older ones are summed up as "+N". */
const MAX_SHOWN = 4
const MAX_KEPT = 50

const notificationsSupported = () => typeof window !== 'undefined' && 'Notification' in window

/**
 * Alerts of the escalation clock in the main window (spec §11): an in-page toast that stays until
 * dismissed or clicked, plus a browser notification in the preview when the page may show one.
 * In Electron the main process shows the native notification itself, so only the toast is shown.
 * Clicking either opens the issue.
 */
export function AlertCenter() {
  const { t } = useTranslation()
  const [toasts, setToasts] = useState<Alert[]>([])
  const [permission, setPermission] = useState(() => (notificationsSupported() ? Notification.permission : 'denied'))

  const dismiss = useCallback((key: string) => setToasts((list) => list.filter((a) => a.key !== key)), [])
  const openIssue = useCallback(
    (a: Alert) => {
      dismiss(a.key)
      go(`#/issue/${a.issueId}`)
    },
    [dismiss],
  )

  useEffect(
    () =>
      api.on('alert', (a) => {
        setToasts((list) => (list.some((x) => x.key === a.key) ? list : [a, ...list].slice(0, MAX_KEPT)))
        if (host === 'web' && notificationsSupported() && Notification.permission === 'granted') {
          try {
            const n = new Notification(a.title, { body: a.body, tag: a.key })
            n.onclick = () => {
              window.focus()
              openIssue(a)
              n.close()
            }
          } catch {
            /* some platforms only allow notifications from a service worker: the toast is enough */
          }
        }
      }),
    [openIssue],
  )

  if (toasts.length === 0) return null
  const shown = toasts.slice(0, MAX_SHOWN)
  const hidden = toasts.length - shown.length

  return (
    <section className="toasts" aria-label={t('alert.region')}>
      {shown.map((a) => (
        <div
          key={a.key}
          className={`toast kind-${a.kind}`}
          role="alert"
          data-testid="alert-toast"
          data-issue-id={a.issueId}
          data-kind={a.kind}
          onClick={() => openIssue(a)}
        >
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
              dismiss(a.key)
            }}
          >
            ✕
          </button>
        </div>
      ))}
      <div className="toast-tools">
        {hidden > 0 && <span className="chip">+{hidden}</span>}
        {host === 'web' && permission === 'default' && (
          <button type="button" className="small" onClick={() => void Notification.requestPermission().then(setPermission)}>
            {t('alert.enableDesktop')}
          </button>
        )}
        {toasts.length > 1 && (
          <button type="button" className="small" onClick={() => setToasts([])}>
            {t('alert.dismissAll')}
          </button>
        )}
      </div>
    </section>
  )
}
