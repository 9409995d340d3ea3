import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from '../../shared/ipc'

/** CSP on every response, and no permission but notifications. */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'notifications'))
  session.setPermissionCheckHandler((_wc, permission) => permission === 'notifications')
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
