import type { Channel, EventName, EventOf, ReplyOf, RequestOf } from './contract'
import type { IpcResult } from './result'

/** What the renderer sees: one function per channel plus a push-event subscription. */
export interface Api {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ReplyOf<C>>>
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void
}

/** The raw bridge the Electron preload exposes as `window.api`. */
export interface PreloadBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(event: string, listener: (payload: unknown) => void): () => void
  channels: readonly string[]
}
