import type { Api, PreloadBridge } from '../../shared/ipc/api'
import type { IpcResult } from '../../shared/ipc/result'

/** The contract over Electron IPC, through the preload's `window.api`. */
export function createElectronApi(bridge: PreloadBridge): Api {
  return {
    call: (channel, request) => bridge.invoke(channel, request ?? {}) as Promise<IpcResult<never>>,
    on: (event, listener) => bridge.on(event, listener as (p: unknown) => void),
  }
}
