import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { Handlers } from '../../../electron/core/ipc/dispatch'
import { Hub } from '../../../electron/core/services/hub'
import { BODY_LIMITS, DEFAULT_BODY_LIMIT } from '../../../electron/preview/requestBody'
import { startWebHost, type WebHost } from '../../../electron/preview/webHost'

const received: string[] = []
const handlers = {
  'app.info': () => ({ version: 't', host: 'web', dataFile: 'x', now: new Date(0).toISOString() }),
  'data.importJson': ({ json }: { json: string }) => (received.push(`import ${json.length}`), { issues: 0 }),
  'timeline.note': ({ text }: { text: string }) => (received.push(`note ${text.length}`), { ok: true }),
} as unknown as Handlers

let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
  received.length = 0
})

const post = (h: WebHost, channel: string, body: string) =>
  fetch(`${h.url}api/${channel}`, { method: 'POST', headers: { 'X-Api-Token': h.token, 'Content-Type': 'application/json' }, body })

/** A raw request, to control the headers and how (slowly) the body arrives; resolves with the status line. */
function rawRequest(h: WebHost, head: string, body: (socket: net.Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(h.port, '127.0.0.1', () => {
      socket.write(head)
      body(socket)
    })
    let text = ''
    socket.on('data', (d) => (text += d))
    socket.on('close', () => resolve(text.split('\r\n')[0] + '\n' + text.slice(text.indexOf('\r\n\r\n') + 4)))
    socket.on('error', reject)
  })
}

describe('preview host: request bodies limited per channel, a strong token required', () => {
  it('refuses an empty or short token, and anything but base64url characters', async () => {
    for (const token of ['', 'a', 'x'.repeat(31), `${'x'.repeat(31)} `, `${'가'.repeat(32)}`]) {
      await expect(startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent', token })).rejects.toThrow(/32자 이상/)
    }
    host = await startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent', token: 'k'.repeat(32) })
    expect(host.token).toBe('k'.repeat(32))
    const generated = await startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent' })
    expect(generated.token.length).toBeGreaterThanOrEqual(32)
    await generated.close()
  })

  it('a few hundred kB for most channels; the import has its own, larger limit', async () => {
    host = await startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent' })
    expect(DEFAULT_BODY_LIMIT).toBeLessThanOrEqual(1024 * 1024)
    const big = JSON.stringify({ issueId: 1, text: 'x'.repeat(DEFAULT_BODY_LIMIT) })
    const refused = await post(host, 'timeline.note', big)
    expect(refused.status).toBe(413)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/요청이 너무 큽니다 \(최대 512 kB\)/)
    const imported = await post(host, 'data.importJson', JSON.stringify({ json: 'x'.repeat(5 * 1024 * 1024) }))
    expect(imported.status).toBe(200)
    expect(received).toEqual([`import ${5 * 1024 * 1024}`])
    expect(BODY_LIMITS['data.importJson']).toBeLessThanOrEqual(200 * 1024 * 1024)
  })

  it('rejects a body from its Content-Length alone, before reading it', async () => {
    host = await startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent' })
    const head =
      `POST /api/data.importJson HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Api-Token: ${host.token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${4 * 240 * 1024 * 1024}\r\n\r\n`
    const answer = await rawRequest(host, head, (s) => s.write('{"json":"')) // the 960 MB never come
    expect(answer).toMatch(/^HTTP\/1.1 413/)
    expect(answer).toContain('요청이 너무 큽니다')
    expect(received).toEqual([])
  })

  it('cuts off a body that trickles in too slowly', async () => {
    host = await startWebHost({ handlers, hub: new Hub(), rendererDir: '/nonexistent' })
    const head =
      `POST /api/timeline.note HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Api-Token: ${host.token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: 100\r\n\r\n`
    const started = performance.now()
    const answer = await rawRequest(host, head, (s) => {
      const t = setInterval(() => (s.writable ? s.write(' ') : clearInterval(t)), 500)
      s.on('close', () => clearInterval(t))
    })
    expect(answer).toMatch(/^HTTP\/1.1 408/)
    expect(answer).toContain('너무 느리게')
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 30_000)
})
