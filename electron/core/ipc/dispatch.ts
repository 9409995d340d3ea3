import { z } from 'zod'
import { AppError, contract, type Channel, type IpcError, type IpcResult, type ParsedRequestOf, type ReplyOf } from '../../../shared/ipc'
import { issueFields, lastKey } from '../../../shared/ipc/zodSentence'
import { storeFailure } from '../store/storeErrors'

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ReplyOf<C> | Promise<ReplyOf<C>> }

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

/**
 * The one entry point of both transports: validates the payload against the contract, runs the
 * handler, and turns every failure into `{ ok: false, error }` — nothing throws across the wire.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    const name = channel.slice(0, 60)
    return { ok: false, error: new AppError('unknownChannel', { ko: `알 수 없는 채널입니다: ${name}`, en: `Unknown channel: ${name}. This app version does not have that request.` }).toIpcError() }
  }
  const spec = contract[channel]
  const parsed = spec.request.safeParse(payload)
  if (!parsed.success) return { ok: false, error: invalid(parsed.error, '잘못된 요청입니다', 'The request is not valid') }
  try {
    const handler = handlers[channel] as (req: unknown) => unknown
    const value = await handler(parsed.data)
    return { ok: true, value: spec.reply.parse(value) }
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toIpcError() }
    if (e instanceof z.ZodError) return { ok: false, error: invalid(e, '잘못된 값입니다', 'A value is not valid') }
    const stored = storeFailure(e) // full disk, read-only folder: a sentence that says what to do
    if (stored) return { ok: false, error: stored.toIpcError() }
    console.error(`[ipc] ${channel} failed`, e)
    const detail = (e as Error).message
    return {
      ok: false,
      error: new AppError('internal', { ko: `처리 중 오류가 발생했습니다: ${detail}`, en: `Something went wrong while handling the request: ${detail}` }).toIpcError(),
    }
  }
}

/**
 * A payload the contract refuses, in both languages: each field named by its key or by the schema's
 * Korean message (the page's own check, which runs first, names it in the UI's words), the first
 * three in the message.
 */
function invalid(error: z.ZodError, ko: string, en: string): IpcError {
  const fields = issueFields(error.issues, 'ko', lastKey, 'core')
  const enFields = issueFields(error.issues, 'en', lastKey, 'core')
  return {
    code: 'invalid',
    message: `${ko} (${describe(fields)})`,
    fields,
    en: { message: `${en} (${describe(enFields)}). Nothing was changed — correct the value and try again.`, fields: enFields },
  }
}

const describe = (fields: Record<string, string>): string => Object.values(fields).slice(0, 3).join('; ')
