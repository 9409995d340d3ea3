import type { Api } from '../../shared/ipc/api'
import type { EventName } from '../../shared/ipc/contract'
import { EVENT_NAMES, HOST_CLOCK_EVENT } from '../../shared/ipc/names'
import { AppError, type IpcError, type IpcResult } from '../../shared/ipc/result'
import { learnHostNow } from './hostClock'

const TOKEN_KEY = 'veeam-tray-token'

/** The preview host's token arrives in the URL fragment once; kept for reloads of this tab only. */
export function readToken(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash)
    history.replaceState(null, '', location.pathname + location.search)
    return fromHash
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

/** Learns the host's clock before the first render (a preview host on a test clock may be far off). */
export async function learnHostClock(token: string, timeoutMs = 2000): Promise<void> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  try {
    const res = await fetch('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Api-Token': token }, body: '{}', signal: abort.signal })
    const reply = (await res.json()) as IpcResult<{ now: string }>
    if (reply.ok) learnHostNow(reply.value.now)
  } catch {
    /* no host yet: the event stream tells the clock once it connects */
  } finally {
    clearTimeout(timer)
  }
}

/** The contract over HTTP: POST /api/<channel>, push events from a streamed GET /api/events. */
/** The preview host did not answer (stopped, or the network is down). */
export function hostUnreachable(e: unknown): IpcError {
  const detail = (e as Error).message
  return new AppError('internal', {
    ko: `서버에 연결할 수 없습니다: ${detail}`,
    en: `Cannot reach the app’s server: ${detail}. Check that the preview is still running, then try again.`,
  }).toIpcError()
}

export function createWebApi(token: string): Api {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>()
  void streamEvents(token, (event, payload) => {
    if (event === HOST_CLOCK_EVENT) learnHostNow((payload as { now: string }).now)
    else listeners.get(event as EventName)?.forEach((l) => l(payload))
  })
  return {
    async call(channel, request) {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Api-Token': token },
          body: JSON.stringify(request ?? {}),
        })
        return (await res.json()) as IpcResult<never>
      } catch (e) {
        return { ok: false, error: hostUnreachable(e) }
      }
    },
    on(event, listener) {
      if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event: ${event}`)
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (p: unknown) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (p: unknown) => void)
    },
  }
}

/** Server-sent events read through fetch, so that the token travels as a header; reconnects. */
async function streamEvents(token: string, emit: (event: string, payload: unknown) => void): Promise<void> {
  for (;;) {
    try {
      const res = await fetch('/api/events', { headers: { 'X-Api-Token': token } })
      if (!res.ok || !res.body) throw new Error(String(res.status))
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(frame)?.[1]
          const data = /^data: (.*)$/m.exec(frame)?.[1]
          if (event && data) emit(event, JSON.parse(data))
        }
      }
    } catch {
      /* host restarting: retry below */
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
}
