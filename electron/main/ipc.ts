import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { AppError, CHANNEL_NAMES, eventChannel, invokeChannel, type EventName } from '../../shared/ipc'
import { dispatch, type Handlers } from '../core/ipc/dispatch'
import type { Hub } from '../core/services/hub'

/** Whether a URL is one of the app's own pages (the built renderer, or the dev server). */
export type TrustedUrl = (url: string) => boolean

/** One handler per channel; a call from any frame that is not the app's own page is refused. */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers, trusted: TrustedUrl): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(invokeChannel(channel), (event: IpcMainInvokeEvent, payload: unknown) => {
      const url = event.senderFrame?.url ?? ''
      if (!trusted(url)) return { ok: false, error: new AppError('forbidden', { ko: '앱 밖의 페이지에서 온 요청입니다', en: 'The request came from a page outside the app' }).toIpcError() }
      return dispatch(handlers, channel, payload)
    })
  }
}

/** Push events from the core to every open window. */
export function forwardEvents(hub: Hub, targets: () => WebContents[]): () => void {
  return hub.on((event: EventName, payload: unknown) => {
    for (const wc of targets()) if (!wc.isDestroyed()) wc.send(eventChannel(event), payload)
  })
}
