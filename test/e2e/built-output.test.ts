import fs from 'node:fs'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, CONTENT_SECURITY_POLICY_META, EVENT_NAMES, type PreloadBridge } from '../../shared/ipc'
import { channels } from '../../shared/ipc/contract'

/** Loads the BUILT preload (out/preload/index.js) in a bare vm context with a fake `electron`. */
function loadPreload() {
  const exposed: Record<string, unknown> = {}
  const invoked: [string, unknown][] = []
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: (ch: string, payload: unknown) => (invoked.push([ch, payload]), Promise.resolve({ ok: true, value: null })),
      on: () => {},
      removeListener: () => {},
    },
  }
  const code = fs.readFileSync('out/preload/index.js', 'utf8')
  const requested: string[] = []
  const sandbox = {
    require: (id: string) => {
      requested.push(id)
      if (id === 'electron') return fakeElectron
      throw new Error(`a sandboxed preload cannot require ${id}`)
    },
    module: { exports: {} },
    exports: {},
    console,
  }
  vm.runInNewContext(code, sandbox, { filename: 'preload.js' })
  return { exposed, invoked, requested }
}

describe('built preload (sandboxed, CommonJS)', () => {
  it('requires nothing but electron and exposes exactly the contract as window.api', async () => {
    const { exposed, invoked, requested } = loadPreload()
    expect([...new Set(requested)]).toEqual(['electron'])
    expect(Object.keys(exposed)).toEqual(['api'])
    const bridge = exposed.api as PreloadBridge
    expect(Object.keys(bridge).sort()).toEqual(['channels', 'invoke', 'on'])
    expect([...bridge.channels].sort()).toEqual([...channels].sort())
    await bridge.invoke('issues.list', {})
    expect(invoked).toEqual([['api:issues.list', {}]])
    const refused = (await bridge.invoke('fs.readFile', {})) as { ok: boolean; error: { code: string } }
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknownChannel' } })
    expect(invoked).toHaveLength(1)
    expect(() => bridge.on('not-an-event', () => {})).toThrow()
    expect(EVENT_NAMES.length).toBeGreaterThan(0)
    expect(CHANNEL_NAMES.length).toBe(channels.length)
  })
})

describe('built pages', () => {
  it.each(['index.html', 'quick.html'])('%s carries the app’s CSP as its first meta, before any script', (page) => {
    const html = fs.readFileSync(`out/renderer/${page}`, 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)
    expect(meta?.[1].replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY_META)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).not.toMatch(/https?:\/\//) // no remote content
  })
})

describe('npm scripts', () => {
  it('`npm run web` starts the preview host the build emits', () => {
    const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts as Record<string, string>
    const entry = /node (\S+\.js)/.exec(scripts.web)?.[1]
    expect(entry).toBe('out/main/preview.js')
    expect(fs.existsSync(entry!)).toBe(true)
    expect(scripts.test).toContain('vitest run')
  })
})
