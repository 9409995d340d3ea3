import path from 'node:path'
import { parseArgs } from 'node:util'
import { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { defaultDataDir } from '../core/paths'
import { DB_FILE_NAME } from '../core/store/store'
import { startWebHost } from '../core/web/webHost'
import { version } from '../../package.json'

/** `npm run web`: the app's core services in plain Node, serving the built renderer on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' } } })
  const dataDir = path.resolve(values.data ?? defaultDataDir())
  const core = new Core({ file: path.join(dataDir, DB_FILE_NAME), host: 'web', version })
  await core.store.backupIfDue(core.now())
  const host = await startWebHost({
    handlers: createHandlers(core, { openExternal: () => false }),
    hub: core.hub,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: values.port ? Number(values.port) : undefined,
    token: values.token,
  })
  console.log(`data: ${core.store.file}`)
  console.log(`Veeam escalation tray (preview) → ${host.url}#token=${host.token}`)
  console.log(`quick entry → ${host.url}quick.html#token=${host.token}`)
  const stop = async () => {
    await host.close()
    core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
