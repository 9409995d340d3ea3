import fs from 'node:fs'
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../electron/core/core'
import { startWebHost, type WebHost } from '../../../electron/preview/webHost'
import { testCore } from '../core/testCore'

let host: WebHost | null = null
const cores: Core[] = []
afterEach(async () => {
  await host?.close()
  host = null
  for (const c of cores.splice(0)) c.close()
})

async function hosted() {
  const t = testCore('2026-11-25T01:00:00.000Z')
  cores.push(t.core)
  host = await startWebHost({ handlers: t.handlers, hub: t.core.hub, data: t.core, rendererDir: '/nonexistent', now: t.core.now })
  return { ...t, host }
}
const withToken = (h: WebHost) => ({ 'X-Api-Token': h.token })
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('.import-'))

describe('preview host: the data file streams as a download and an upload', () => {
  it('GET /api/data.export: the token is checked; the file comes as an attachment named by the KST date', async () => {
    const { host: h, call } = await hosted()
    await call('issues.create', { title: '백업 실패', track: 'general' })
    expect((await fetch(`${h.url}api/data.export`)).status).toBe(401)
    const res = await fetch(`${h.url}api/data.export`, { headers: withToken(h) })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="veeam-tray-2026-11-25.jsonl"')
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0].format).toBe('veeam-escalation-tray/2')
    expect(lines.at(-1).end.issues).toBe(1)
  })

  it('the page’s download link: a one-time ticket asked for with the token (a link cannot send the header)', async () => {
    const { host: h } = await hosted()
    expect((await fetch(`${h.url}api/data.exportLink`, { method: 'POST' })).status).toBe(401)
    const link = (await (await fetch(`${h.url}api/data.exportLink`, { method: 'POST', headers: withToken(h) })).json()) as { ok: true; value: { url: string; fileName: string } }
    expect(link.value.fileName).toBe('veeam-tray-2026-11-25.jsonl')
    expect((await fetch(new URL(link.value.url, h.url))).status).toBe(200)
    expect((await fetch(new URL(link.value.url, h.url))).status).toBe(401) // used once
    expect((await fetch(`${h.url}api/data.export?ticket=guess`)).status).toBe(401)
  })

  it('POST /api/data.import streams the body in (chunked or with Content-Length as the progress total)', async () => {
    const a = await hosted()
    await a.call('issues.create', { title: '가져갈 이슈', track: 'critical' })
    const text = await (await fetch(`${a.host.url}api/data.export`, { headers: withToken(a.host) })).text()
    await host!.close()
    host = null

    const b = await hosted()
    const progress: { bytesTotal: number | null }[] = []
    b.core.hub.onEvent('dataImportProgress', (p) => progress.push(p))
    const bytes = Buffer.from(text)
    const chunked = new ReadableStream({
      start(c) {
        for (let i = 0; i < bytes.length; i += 50) c.enqueue(bytes.subarray(i, i + 50))
        c.close()
      },
    })
    const first = await fetch(`${b.host.url}api/data.import`, { method: 'POST', headers: withToken(b.host), body: chunked, duplex: 'half' } as RequestInit)
    expect(await first.json()).toEqual({ ok: true, value: { issues: 1 } })
    expect(progress.every((p) => p.bytesTotal === null)).toBe(true)
    progress.length = 0
    const second = await fetch(`${b.host.url}api/data.import`, { method: 'POST', headers: withToken(b.host), body: bytes })
    expect(await second.json()).toEqual({ ok: true, value: { issues: 1 } })
    expect(progress.at(-1)!.bytesTotal).toBe(bytes.length)
    expect((await b.call('issues.list', {})).map((i) => i.title)).toEqual(['가져갈 이슈'])
  })

  it('a bad file answers in Korean and changes nothing; so does an upload cut off mid-way; a declared 2 GB+ body is refused unread', async () => {
    const { host: h, call, dir } = await hosted()
    await call('issues.create', { title: '지금 이슈', track: 'general' })
    const bad = await fetch(`${h.url}api/data.import`, { method: 'POST', headers: withToken(h), body: '{"format":"veeam-escalation-tray/2","exportedAt":"x","settings":{}}\nnot json\n' })
    const reply = (await bad.json()) as { ok: false; error: { code: string; message: string } }
    expect(reply.ok).toBe(false)
    expect(reply.error.message).toMatch(/가져올 수 없는 파일입니다/)

    const header = (await (await fetch(`${h.url}api/data.export`, { headers: withToken(h) })).text()).split('\n')[0]
    await new Promise<void>((resolve) => {
      const socket = net.connect(h.port, '127.0.0.1', () => {
        socket.write(`POST /api/data.import HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Api-Token: ${h.token}\r\nContent-Length: 100000\r\n\r\n${header}\n`)
        setTimeout(() => socket.destroy(), 50) // the page closed mid-upload
      })
      socket.on('close', () => resolve())
    })
    for (let i = 0; i < 50 && leftovers(dir).length > 0; i++) await new Promise((r) => setTimeout(r, 20))
    expect(leftovers(dir)).toEqual([])

    const huge = await new Promise<string>((resolve) => {
      const socket = net.connect(h.port, '127.0.0.1', () =>
        socket.write(`POST /api/data.import HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nX-Api-Token: ${h.token}\r\nContent-Length: ${3 * 1024 ** 3}\r\n\r\n`),
      )
      let text = ''
      socket.on('data', (d) => (text += d))
      socket.on('close', () => resolve(text))
    })
    expect(huge.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large')
    expect(huge).toContain('파일이 너무 큽니다 (최대 2 GB)')
    expect((await call('issues.list', {})).map((i) => i.title)).toEqual(['지금 이슈'])
  })
})
