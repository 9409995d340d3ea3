import { afterEach, describe, expect, it } from 'vitest'
import type { IpcMain } from 'electron'
import { registerIpc } from '../../../electron/main/ipc'
import { trustedUrlCheck } from '../../../electron/main/windows'
import { CHANNEL_NAMES } from '../../../shared/ipc'
import { testCore } from '../core/testCore'

type Handler = (event: unknown, payload: unknown) => Promise<unknown> | unknown

/** A stand-in for Electron's ipcMain that records handlers, so they can be invoked like the renderer would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) } as unknown as IpcMain
  const invoke = (channel: string, payload: unknown, url = 'file:///app/out/renderer/index.html') =>
    handlers.get(`api:${channel}`)!({ senderFrame: { url } }, payload)
  return { ipcMain, handlers, invoke }
}

let t: ReturnType<typeof testCore> | null = null
afterEach(() => t?.core.close())

describe('Electron IPC registration (mocked ipcMain)', () => {
  it('registers one handler per channel of the contract', () => {
    t = testCore()
    const { ipcMain, handlers } = fakeIpcMain()
    registerIpc(ipcMain, t.handlers, trustedUrlCheck('file:///app/out/renderer'))
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `api:${c}`).sort())
  })

  it('answers a payload that fails its schema with a clear error and changes nothing', async () => {
    t = testCore()
    const { ipcMain, invoke } = fakeIpcMain()
    registerIpc(ipcMain, t.handlers, trustedUrlCheck('file:///app/out/renderer'))
    const reply = await invoke('issues.create', { title: '   ', track: 'urgent', extra: 1 })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('잘못된 요청'), fields: { title: '제목을 입력하세요', track: expect.any(String) } },
    })
    expect(await invoke('issues.list', {})).toEqual({ ok: true, value: [] })
    const created = (await invoke('issues.create', { title: '정상', track: 'general' })) as { ok: boolean }
    expect(created.ok).toBe(true)
  })

  it('refuses calls from a frame that is not the app’s own page', async () => {
    t = testCore()
    const { ipcMain, invoke } = fakeIpcMain()
    registerIpc(ipcMain, t.handlers, trustedUrlCheck('file:///app/out/renderer'))
    expect(await invoke('issues.list', {}, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke('issues.list', {}, 'file:///app/out/renderer-evil/index.html')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke('issues.list', {}, 'file:///app/out/renderer/quick.html')).toMatchObject({ ok: true })
  })
})
