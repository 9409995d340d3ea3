import type http from 'node:http'
import type { Bilingual } from '../../shared/domain'

const KB = 1024
const MB = 1024 * KB

/**
 * How large a request body each channel may send. Most carry a few fields (the largest issue edit,
 * six long texts of 20,000 characters, is under 400 kB); the import carries the whole data file.
 * A body over its limit is refused from its Content-Length before a byte is read, or as soon as
 * it grows past the limit, so that no request can make the host buffer hundreds of megabytes.
 */
export const DEFAULT_BODY_LIMIT = 512 * KB
export const BODY_LIMITS: Record<string, number> = {
  'issues.create': 2 * MB,
  'issues.update': 2 * MB,
  'export.make': 2 * MB,
  'export.preview': 2 * MB,
  'data.importJson': 200 * MB,
}
export const bodyLimitFor = (channel: string): number => BODY_LIMITS[channel] ?? DEFAULT_BODY_LIMIT

/** How long a body may take to arrive (a slow sender holds a connection and memory). */
export const bodyTimeoutFor = (channel: string): number => (channel === 'data.importJson' ? 120_000 : 10_000)

export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly text: Bilingual,
  ) {
    super(text.ko)
  }
}

const tooLarge = (limit: number): BodyError => {
  const most = limit >= MB ? `${limit / MB} MB` : `${limit / KB} kB`
  return new BodyError(413, { ko: `요청이 너무 큽니다 (최대 ${most})`, en: `The request is too large (at most ${most}). Nothing was changed.` })
}

/** Reads a JSON body of at most `limit` bytes within `timeoutMs`; a failing request is cut off at once. */
export function readJson(req: http.IncomingMessage, limit: number, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) return reject(tooLarge(limit))
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const fail = (e: BodyError) => {
      if (done) return
      done = true
      clearTimeout(timer)
      reject(e)
      req.removeAllListeners('data')
      req.resume() // drop the rest; the response closes the connection
    }
    const timer = setTimeout(() => fail(new BodyError(408, { ko: '요청 본문이 너무 느리게 도착했습니다', en: 'The request arrived too slowly. Nothing was changed — try again.' })), timeoutMs)
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) fail(tooLarge(limit))
      else chunks.push(c)
    })
    req.on('end', () => {
      if (done) return
      done = true
      clearTimeout(timer)
      const text = Buffer.concat(chunks).toString('utf8')
      if (!text) return resolve(undefined)
      try {
        resolve(JSON.parse(text))
      } catch {
        reject(new BodyError(400, { ko: 'JSON 형식이 아닙니다', en: 'The request is not JSON' }))
      }
    })
    req.on('error', () => fail(new BodyError(400, { ko: '요청이 중단되었습니다', en: 'The request was cut off' })))
  })
}
