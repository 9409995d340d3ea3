import { z } from 'zod'
import { AppError, contract, zodFields, type Channel, type IpcResult, type ParsedRequestOf, type ReplyOf } from '../../../shared/ipc'
import { storeFailure } from '../store/storeErrors'

export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => ReplyOf<C> | Promise<ReplyOf<C>> }

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

/**
 * The one entry point of both transports: validates the payload against the contract, runs the
 * handler, and turns every failure into `{ ok: false, error }` — nothing throws across the wire.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknownChannel', message: `알 수 없는 채널입니다: ${channel.slice(0, 60)}` } }
  const spec = contract[channel]
  const parsed = spec.request.safeParse(payload)
  if (!parsed.success) {
    const fields = zodFields(parsed.error)
    return { ok: false, error: { code: 'invalid', message: `잘못된 요청입니다 (${describe(fields)})`, fields } }
  }
  try {
    const handler = handlers[channel] as (req: unknown) => unknown
    const value = await handler(parsed.data)
    return { ok: true, value: spec.reply.parse(value) }
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, ...(e.fields && { fields: e.fields }) } }
    if (e instanceof z.ZodError) {
      const fields = zodFields(e)
      return { ok: false, error: { code: 'invalid', message: `잘못된 값입니다 (${describe(fields)})`, fields } }
    }
    const stored = storeFailure(e) // full disk, read-only folder: a sentence that says what to do
    if (stored) return { ok: false, error: { code: stored.code, message: stored.message } }
    console.error(`[ipc] ${channel} failed`, e)
    return { ok: false, error: { code: 'internal', message: `처리 중 오류가 발생했습니다: ${(e as Error).message}` } }
  }
}

const describe = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .slice(0, 3)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ')
