import { AppError, isAllowedExternalUrl } from '../../../shared/ipc'

/** Opens an allow-listed address through the host; any other address is refused. */
export function openExternal(url: string, open: (url: string) => boolean): boolean {
  if (!isAllowedExternalUrl(url)) throw new AppError('forbidden', '허용되지 않은 주소입니다')
  return open(url)
}
