import { AppError, normalizeExternalUrl } from '../../../shared/ipc'

/** Opens an allow-listed address through the host, as its normalised URL (never the raw string); any other address is refused. */
export async function openExternal(raw: string, open: (url: string) => boolean | Promise<boolean>): Promise<boolean> {
  const url = normalizeExternalUrl(raw)
  if (!url) throw new AppError('forbidden', { ko: '허용되지 않은 주소입니다', en: 'This address is not one the app may open' })
  return open(url)
}
