import type { Api, PreloadBridge } from '../../shared/ipc/api'
import type { Channel, ReplyOf, RequestOf } from '../../shared/ipc/contract'
import type { IpcError } from '../../shared/ipc/result'
import { createElectronApi } from './electronTransport'
import { createWebApi, learnHostClock, readToken } from './webTransport'

declare global {
  interface Window {
    api?: PreloadBridge
  }
}

/** Chosen once at start: Electron's preload bridge when present, else the preview host over HTTP. */
const token = window.api ? '' : readToken()
export const api: Api = window.api ? createElectronApi(window.api) : createWebApi(token)
export const host: 'electron' | 'web' = window.api ? 'electron' : 'web'
// Every page imports this module first: awaiting here makes the first render use the host's now.
if (!window.api) await learnHostClock(token)

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
  }
}

/** Calls a channel and returns its value, or throws ApiError with the core's message and field errors. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>> {
  const result = await api.call(channel, request)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
