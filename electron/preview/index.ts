import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { defaultDataDir, resourcesDir } from '../core/paths'
import { openCore } from '../core/openCore'
import type { RecoveryChoice } from '../core/store/recovery'
import { DB_FILE_NAME } from '../core/store/store'
import { startWebHost } from './webHost'
import { version } from '../../package.json'

/** `npm run web`: the app's core services in plain Node, serving the built renderer on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      'restore-latest': { type: 'boolean' },
      'new-file': { type: 'boolean' },
    },
  })
  const dataDir = path.resolve(values.data ?? defaultDataDir())
  const file = path.join(dataDir, DB_FILE_NAME)
  const choice = values['restore-latest'] ? 'restoreLatest' : values['new-file'] ? 'newFile' : null
  const core = openPreviewCore(file, choice)
  await core.store.backupIfDue(core.now())
  const host = await startWebHost({
    handlers: createHandlers(core, { openExternal: () => false }),
    hub: core.hub,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: values.port ? Number(values.port) : undefined,
    token: values.token,
  })
  core.clock.start() // after the transport listens: alerts reach the renderer as hub events
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

function openPreviewCore(file: string, choice: RecoveryChoice | null): Core {
  const opened = openCore({ file, host: 'web', version, fontsDir: path.join(resourcesDir(__dirname), 'fonts') }, (e) => {
    if (choice) return choice
    throw new Error(
      `${e.message}\n파일은 그대로 두었습니다. 다음 중 하나로 다시 시작하세요:\n` +
        `  --restore-latest  가장 최근의 정상 백업으로 복원 (현재 파일은 옆에 보관)\n` +
        `  --new-file        새 파일로 시작 (현재 파일은 옆에 보관)`,
    )
  })!
  const r = opened.recovered
  if (r) console.log(`kept the bad file aside: ${r.keptAside}${r.restoredFrom ? `\nrestored from: ${r.restoredFrom}` : ''}`)
  return opened.core
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
