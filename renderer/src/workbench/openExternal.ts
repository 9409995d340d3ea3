import { call } from '../../api'

/** Opens a link in the system browser; the browser preview has no shell, so the page opens it itself. */
export async function openExternal(url: string): Promise<void> {
  try {
    const { openedByHost } = await call('shell.openExternal', { url })
    if (!openedByHost) window.open(url, '_blank', 'noopener')
  } catch {
    window.open(url, '_blank', 'noopener')
  }
}
