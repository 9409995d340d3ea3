import { call } from '../../api'

/**
 * Opens a link in the system browser (or the phone app for tel:). The browser preview has no
 * shell, so there the page opens it itself; a refusal or a failure of the host (no app for the
 * link) is thrown for the caller to show: window.open would be denied in the desktop app, silently.
 */
export async function openExternal(url: string): Promise<void> {
  const { openedByHost } = await call('shell.openExternal', { url })
  if (!openedByHost) window.open(url, '_blank', 'noopener')
}
