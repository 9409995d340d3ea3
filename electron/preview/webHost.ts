import { randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AppError, CONTENT_SECURITY_POLICY, type EventName } from '../../shared/ipc'
import { dispatch, type Handlers } from '../core/ipc/dispatch'
import type { Hub } from '../core/services/hub'
import { BodyError, bodyLimitFor, bodyTimeoutFor, DEFAULT_BODY_LIMIT, readJson } from './requestBody'
import { resolveStatic } from './staticFiles'
import { dataRoutes } from './dataRoutes'
import { HOST_CLOCK_EVENT, TEST_CLOCK_CHANNEL, TestClockMoveSchema } from '../../shared/ipc/hostClock'

export interface WebHostOptions {
  handlers: Handlers
  /** The data file's streamed download and upload (dataRoutes.ts); without it those routes answer 404. */
  data?: Parameters<typeof dataRoutes>[0]
  hub: Hub
  rendererDir: string
  port?: number
  token?: string
  /** The host's now (the core's), told to the page so its countdowns agree with the core. */
  now?: () => Date
  /** Only with `--now`: the test-only channel `POST /api/test.clock` moves the host's clock. */
  testClock?: { move(to: { setTo?: string; advanceMs?: number }): Date }
}

export interface WebHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

/** A token shorter than this (or `--token ''`) would make the API guessable: refused at start. */
export const MIN_TOKEN_LENGTH = 32
/** Connections at once: the page needs a handful (calls + the event stream), tests a few more. */
const MAX_CONNECTIONS = 64
const BUSY_WITH_LARGE = {
  ko: '다른 큰 요청(가져오기)을 처리하는 중입니다. 끝난 뒤 다시 시도하세요',
  en: 'Another large request (an import) is in progress. Try again once it has finished.',
}

/**
 * The preview host: the built renderer plus the IPC contract over HTTP on 127.0.0.1.
 * `POST /api/<channel>` carries the same JSON as Electron IPC; `GET /api/events` streams push
 * events (server-sent events). Every /api request needs the random token of this run.
 */
export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  if (token.length < MIN_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) {
    return Promise.reject(new Error(`토큰은 영문·숫자·-·_ ${MIN_TOKEN_LENGTH}자 이상이어야 합니다 (--token을 빼면 안전한 토큰을 만듭니다)`))
  }
  const streams = new Set<http.ServerResponse>()
  let port = 0
  let largeInFlight = false

  const now = options.now ?? (() => new Date())
  const frame = (event: string, payload: unknown) => `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
  const broadcast = (text: string) => {
    for (const res of streams) res.write(text)
  }
  const unsubscribe = options.hub.on((event: EventName, payload: unknown) => broadcast(frame(event, payload)))
  // Not a contract event: the page's transport keeps its offset to the host's clock from it.
  const hostClockFrame = () => frame(HOST_CLOCK_EVENT, { now: now().toISOString() })

  const authorized = (req: http.IncomingMessage): boolean => {
    const given = Buffer.from(String(req.headers['x-api-token'] ?? ''))
    const expected = Buffer.from(token)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }
  // DNS rebinding: only our own origin may talk to us.
  const ownHost = (req: http.IncomingMessage): boolean => req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`

  const data = options.data ? dataRoutes(options.data, send) : null

  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'no-referrer')
    if (!ownHost(req)) return send(res, 403, { error: 'forbidden host' })
    const route = new URL(url, 'http://host').pathname
    // The page's download link carries a one-time ticket (a link cannot send the token header).
    if (data && route === '/api/data.export' && req.method === 'GET' && (authorized(req) || data.ticketValid(new URL(url, 'http://host')))) {
      return void data.exportFile(req, res)
    }
    if (url.startsWith('/api/')) {
      if (!authorized(req)) return send(res, 401, { ok: false, error: new AppError('forbidden', { ko: '토큰이 없거나 틀렸습니다', en: 'The access token is missing or wrong — open the address the preview printed' }).toIpcError() })
      if (url === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
        res.write(': connected\n\n')
        res.write(hostClockFrame())
        streams.add(res)
        req.on('close', () => streams.delete(res))
        return
      }
      if (req.method !== 'POST') return send(res, 405, { error: 'POST only' })
      if (data && route === '/api/data.exportLink') return data.exportLink(res)
      if (data && route === '/api/data.import') {
        // One import at a time (the core refuses a second one too).
        if (largeInFlight) return refuse(res, new BodyError(429, BUSY_WITH_LARGE))
        largeInFlight = true
        return void data.importFile(req, res).finally(() => (largeInFlight = false))
      }
      if (url === `/api/${TEST_CLOCK_CHANNEL}` && options.testClock) {
        const clock = options.testClock
        return void readJson(req, bodyLimitFor(TEST_CLOCK_CHANNEL), bodyTimeoutFor(TEST_CLOCK_CHANNEL)).then(
          (body) => {
            const parsed = TestClockMoveSchema.safeParse(body ?? {})
            if (!parsed.success) return send(res, 400, { ok: false, error: new AppError('invalid', { ko: '잘못된 시계 이동입니다', en: 'Not a valid clock move' }).toIpcError() })
            const moved = clock.move(parsed.data)
            broadcast(hostClockFrame())
            send(res, 200, { ok: true, value: { now: moved.toISOString() } })
          },
          (e: BodyError) => refuse(res, e),
        )
      }
      const channel = url.slice(5)
      // One import at a time: its body is the only large one, and two would double the memory.
      const large = bodyLimitFor(channel) > DEFAULT_BODY_LIMIT * 4
      if (large && largeInFlight) return refuse(res, new BodyError(429, BUSY_WITH_LARGE))
      if (large) largeInFlight = true
      return void readJson(req, bodyLimitFor(channel), bodyTimeoutFor(channel))
        .then(
          async (body) => send(res, 200, await dispatch(options.handlers, channel, body)),
          (e: BodyError) => refuse(res, e),
        )
        .finally(() => {
          if (large) largeInFlight = false
        })
    }
    if (req.method !== 'GET') return send(res, 405, { error: 'GET only' })
    const found = resolveStatic(options.rendererDir, url === '/' ? '/index.html' : url)
    if (!found) return send(res, 404, { error: 'not found' })
    res.writeHead(200, {
      'Content-Type': found.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
    })
    fs.createReadStream(found.file).pipe(res)
  })

  server.maxConnections = MAX_CONNECTIONS
  server.headersTimeout = 10_000 // a client that never finishes its headers is dropped
  // A body that never ends is cut off by its own limit: 10 s for calls, 120 s for the old import
  // channel, and for the streamed upload a silence of 30 s (a 2 GB file may take longer than any whole-request bound).
  server.requestTimeout = 0

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe()
            for (const s of streams) s.end()
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** A refused body: its status, its message, and the connection closed (the rest is not read). */
function refuse(res: http.ServerResponse, e: BodyError): void {
  res.setHeader('Connection', 'close')
  send(res, e.status, { ok: false, error: new AppError('invalid', e.text).toIpcError() })
}
