// Child of bench/store.ts: one export or import through the handlers, then its time and peak memory.
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Core } from '../electron/core/core'
import { dispatch } from '../electron/core/ipc/dispatch'
import { createHandlers } from '../electron/core/ipc/handlers'

const [mode, file, json] = process.argv.slice(2)
const core = new Core({ file, host: 'web', version: 'bench', now: () => new Date('2026-11-25T01:00:00.000Z') })
const handlers = createHandlers(core, { openExternal: () => false })
async function main(): Promise<void> {
  const t0 = performance.now()
  let mb = 0
  if (mode === 'export') {
    const r = await dispatch(handlers, 'data.exportJson', {})
    if (!r.ok) throw new Error(r.error.message)
    const text = (r.value as { json: string }).json
    fs.writeFileSync(json, text)
    mb = Buffer.byteLength(text) / 1e6
  } else {
    const r = await dispatch(handlers, 'data.importJson', { json: fs.readFileSync(json, 'utf8') })
    if (!r.ok) throw new Error(r.error.message)
  }
  const ms = performance.now() - t0
  core.close()
  console.log(JSON.stringify({ ms, mb, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

void main()
