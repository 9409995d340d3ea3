import { randomBytes } from 'node:crypto'
import type http from 'node:http'
import { finished } from 'node:stream/promises'
import { AppError } from '../../shared/ipc/result'
import type { Core } from '../core/core'
import { writeChunks } from '../core/dataFile/fileWrite'

/** The largest data file the preview takes as an upload (it is streamed, never held whole). */
export const IMPORT_BODY_LIMIT = 2 * 1024 * 1024 * 1024
/** An upload that sends nothing for this long is cut off (the import stops, nothing changes). */
export const IMPORT_IDLE_MS = 30_000
/** A download link is good for one download within this time. */
const TICKET_MS = 60_000

type DataCore = Pick<Core, 'data'>
type Reply = (res: http.ServerResponse, status: number, body: unknown) => void

/**
 * The data file over HTTP for the preview host: `GET /api/data.export` streams the download
 * (back-pressure: one chunk in flight), `POST /api/data.import` streams the request body into the
 * import, Content-Length as the progress total. The page's download link cannot carry the token
 * header, so it asks `POST /api/data.exportLink` (token checked) for a one-time ticket instead.
 */
export function dataRoutes(core: DataCore, send: Reply) {
  const tickets = new Map<string, number>()
  const monotonic = () => performance.now()

  return {
    /** Whether a GET /api/data.export carries a ticket issued here (used once). */
    ticketValid(url: URL): boolean {
      const ticket = url.searchParams.get('ticket') ?? ''
      const until = tickets.get(ticket)
      tickets.delete(ticket)
      return until !== undefined && monotonic() < until
    },

    exportLink(res: http.ServerResponse): void {
      const ticket = randomBytes(18).toString('base64url')
      tickets.set(ticket, monotonic() + TICKET_MS)
      send(res, 200, { ok: true, value: { url: `/api/data.export?ticket=${ticket}`, fileName: core.data.exportFileName() } })
    },

    async exportFile(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
      res.writeHead(200, {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="${core.data.exportFileName()}"`,
        'Cache-Control': 'no-store',
      })
      const chunks = core.data.exportChunks()
      req.on('close', () => void chunks.return(undefined)) // the client went away: stop reading
      try {
        await writeChunks(chunks, res)
        res.end()
      } catch {
        res.destroy() // a cut-off download is not a complete file (its end line is missing)
      }
    },

    async importFile(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
      const declared = Number(req.headers['content-length'])
      const total = Number.isFinite(declared) && declared >= 0 ? declared : null
      if (total !== null && total > IMPORT_BODY_LIMIT) {
        res.setHeader('Connection', 'close')
        return send(res, 413, { ok: false, error: new AppError('invalid', TOO_LARGE).toIpcError() })
      }
      try {
        const issues = await core.data.importStream(boundedBody(req), total)
        send(res, 200, { ok: true, value: { issues } })
      } catch (e) {
        const detail = (e as Error).message
        const error = (e instanceof AppError ? e : new AppError('internal', { ko: `가져오지 못했습니다: ${detail}`, en: `The import failed: ${detail}` })).toIpcError()
        // The rest of the upload is read and dropped first: a browser still sending its body may not
        // read an early reply (it reports a broken connection instead of the message).
        req.resume()
        await finished(req).catch(() => {})
        if (!res.headersSent && !res.destroyed) send(res, e instanceof AppError ? 200 : 500, { ok: false, error })
      }
    },
  }
}

const TOO_LARGE = {
  ko: `파일이 너무 큽니다 (최대 ${IMPORT_BODY_LIMIT / 1024 / 1024 / 1024} GB)`,
  en: `The file is too large (at most ${IMPORT_BODY_LIMIT / 1024 / 1024 / 1024} GB). Nothing was changed.`,
}

/** The request body as chunks, cut off past the size bound or after a silence (each an error the import reports). */
async function* boundedBody(req: http.IncomingMessage): AsyncGenerator<Uint8Array> {
  let size = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  const arm = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => req.destroy(
          new AppError('invalid', {
            ko: '파일이 너무 느리게 도착해 가져오기를 멈췄습니다. 아무것도 바꾸지 않았습니다',
            en: 'The file arrived too slowly, so the import was stopped. Nothing was changed.',
          }),
        ), IMPORT_IDLE_MS)
  }
  try {
    arm()
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > IMPORT_BODY_LIMIT) throw new AppError('invalid', TOO_LARGE)
      arm()
      yield chunk
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('invalid', { ko: '파일을 올리는 중에 연결이 끊겼습니다. 아무것도 바꾸지 않았습니다', en: 'The connection broke while the file was uploading. Nothing was changed.' })
  } finally {
    if (timer) clearTimeout(timer)
  }
}
