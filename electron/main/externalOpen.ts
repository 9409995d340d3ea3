import type { Shell } from 'electron'
import { AppError, normalizeExternalUrl } from '../../shared/ipc'

/**
 * Opens an allow-listed address with the system's default application, as its normalised URL only
 * (never the raw string). `shell.openExternal` rejects when no application handles the address
 * (tel: on a desktop without a phone app, mailto: without a mail client): the page gets a clear
 * error and the log the cause, instead of a silent no-op and an unhandled rejection in main.
 */
export function externalOpener(shell: Pick<Shell, 'openExternal'>, log: { warn(...a: unknown[]): void }): (raw: string) => Promise<boolean> {
  return async (raw) => {
    const url = normalizeExternalUrl(raw)
    if (!url) return false
    try {
      await shell.openExternal(url)
    } catch (e) {
      log.warn(`no application opened ${url}`, e)
      throw new AppError('rule', {
        ko: `${url} — 이 주소를 열 앱이 없습니다. 운영체제의 기본 앱 설정을 확인하세요`,
        en: `${url} — no application on this computer opens this address. Check the default apps in the system settings`,
      })
    }
    return true
  }
}
