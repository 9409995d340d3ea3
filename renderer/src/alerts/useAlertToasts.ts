import { useCallback, useEffect, useRef, useState } from 'react'
import { api, ApiError, call } from '../../api'
import type { Alert } from '../../../shared/ipc/alerts'
import { isOpenStatus, type IssueDetail } from '../../../shared/model'

/** Toasts kept at once: the tray scrolls, the oldest beyond this are dropped. */
const MAX_KEPT = 50

/** Whether an alert still asks for something: its issue is open and one of its steps (or the target response) is pending. */
export function stillApplies(alert: Alert, detail: IssueDetail): boolean {
  if (!isOpenStatus(detail.issue.status)) return false
  if (alert.kind === 'closingSoon' || alert.targets.length === 0) return true
  return alert.targets.some((target) => {
    if (target === 'target') return detail.targetDue !== null
    const step = detail.steps.find((s) => s.id === target)
    return step ? step.state !== 'done' && step.state !== 'skipped' : false
  })
}

/**
 * The alerts on screen: added by the clock's `alert` push, removed when the clock withdraws them
 * (`alertsWithdrawn`), when the user dismisses or opens one, and when a change to their issue
 * (a step done, the issue resolved) means they no longer apply.
 */
export function useAlertToasts(onArrive: (a: Alert, remove: (keys: string[]) => void) => void) {
  const [toasts, setToasts] = useState<Alert[]>([])
  const shown = useRef<Alert[]>([])
  useEffect(() => {
    shown.current = toasts
  }, [toasts])

  const remove = useCallback((keys: string[]) => setToasts((list) => list.filter((a) => !keys.includes(a.key))), [])

  useEffect(
    () =>
      api.on('alert', (a) => {
        setToasts((list) => (list.some((x) => x.key === a.key) ? list : [a, ...list].slice(0, MAX_KEPT)))
        onArrive(a, remove)
      }),
    [onArrive, remove],
  )

  useEffect(() => api.on('alertsWithdrawn', ({ keys }) => remove(keys)), [remove])

  // Checked against the issue itself, so a toast closes even when its withdrawal was not heard.
  useEffect(
    () =>
      api.on('issuesChanged', ({ ids }) => {
        const affected = new Set(
          shown.current.filter((a) => a.kind !== 'closingSoon' && (ids.length === 0 || ids.includes(a.issueId))).map((a) => a.issueId),
        )
        for (const issueId of affected) {
          const keep = (detail: IssueDetail | null) => (a: Alert) =>
            a.issueId !== issueId || a.kind === 'closingSoon' || (detail !== null && stillApplies(a, detail))
          call('issues.get', { id: issueId }).then(
            (detail) => setToasts((list) => list.filter(keep(detail))),
            (e: unknown) => {
              if (e instanceof ApiError && e.error.code === 'notFound') setToasts((list) => list.filter(keep(null)))
            },
          )
        }
      }),
    [],
  )

  return { toasts, remove, clear: () => setToasts([]) }
}
