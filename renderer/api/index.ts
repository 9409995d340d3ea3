import type { Api, PreloadBridge } from '../../shared/ipc/api'
import type { z } from 'zod'
import { contract, type Channel, type ReplyOf, type RequestOf } from '../../shared/ipc/contract'
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
/** The preview host's token (empty in Electron), for the data file's streamed routes (dataFiles.ts). */
export const webToken = token
// Every page imports this module first: awaiting here makes the first render use the host's now.
if (!window.api) await learnHostClock(token)

export class ApiError extends Error {
  constructor(
    readonly error: IpcError,
    /** Set when the request failed the contract here, before it was sent: the forms word these in the user's language. */
    readonly issues?: readonly z.core.$ZodIssue[],
  ) {
    super(error.message)
  }
}

/**
 * Calls a channel and returns its value, or throws ApiError with the core's message and field errors.
 * The request is checked against the contract first (the core checks it again), so that a form
 * can say in the user's language what is wrong without a round trip.
 */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>> {
  const checked = contract[channel].request.safeParse(request)
  if (!checked.success) throw new ApiError({ code: 'invalid', message: checked.error.issues[0]?.message ?? 'invalid' }, checked.error.issues)
  const result = await api.call(channel, request)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
