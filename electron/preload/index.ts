import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNEL_NAMES, EVENT_NAMES, eventChannel, invokeChannel } from '../../shared/ipc/names'
import type { PreloadBridge } from '../../shared/ipc/api'

const channels: readonly string[] = CHANNEL_NAMES
const events: readonly string[] = EVENT_NAMES

/** `window.api`: exactly the contract's channels and events, nothing of ipcRenderer itself. */
const bridge: PreloadBridge = {
  channels,
  invoke(channel, payload) {
    if (!channels.includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknownChannel', message: `알 수 없는 채널입니다: ${channel}` } })
    }
    return ipcRenderer.invoke(invokeChannel(channel), payload)
  },
  on(event, listener) {
    if (!events.includes(event)) throw new Error(`unknown event: ${event}`)
    const handler = (_e: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(eventChannel(event), handler)
    return () => ipcRenderer.removeListener(eventChannel(event), handler)
  },
}

contextBridge.exposeInMainWorld('api', bridge)
