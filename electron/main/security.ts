import type { Session, WebContents } from 'electron'
import { isAllowedExternalUrl } from '../../shared/ipc'

/** What the app's own pages may use: notifications, and writing to the clipboard (복사 buttons). */
export const PAGE_PERMISSIONS: readonly string[] = ['notifications', 'clipboard-sanitized-write']

/**
 * The CSP on every response (in development the dev server's policy, see shared/ipc/csp.ts), and
 * permissions: the app's own pages get PAGE_PERMISSIONS and nothing else; any other origin gets nothing.
 */
export function hardenSession(session: Session, trusted: (url: string) => boolean, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } })
  })
  session.setPermissionRequestHandler((wc, permission, callback, details) => {
    const url = details?.requestingUrl || wc?.getURL() || ''
    callback(PAGE_PERMISSIONS.includes(permission) && trusted(url))
  })
  session.setPermissionCheckHandler((wc, permission, _origin, details) => {
    const url = details?.requestingUrl || wc?.getURL() || ''
    return PAGE_PERMISSIONS.includes(permission) && trusted(url)
  })
}

/** No navigation away from the app, no new windows; allow-listed links go to the system browser. */
export function hardenContents(contents: WebContents, trusted: (url: string) => boolean, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!trusted(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!trusted(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
