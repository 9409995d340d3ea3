import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Core } from '../core/core'
import { createHandlers } from '../core/ipc/handlers'
import { defaultDataDir, resourcesDir } from '../core/paths'
import { openCore } from '../core/openCore'
import type { RecoveryChoice } from '../core/store/recovery'
import { DB_FILE_NAME } from '../core/store/store'
import { createTestClock, type TestClock } from './testClock'
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
      now: { type: 'string' },
    },
  })
  const dataDir = path.resolve(values.data ?? defaultDataDir())
  const file = path.join(dataDir, DB_FILE_NAME)
  const choice = values['restore-latest'] ? 'restoreLatest' : values['new-file'] ? 'newFile' : null
  const testClock = values.now !== undefined ? createTestClock(values.now) : null
  const core = openPreviewCore(file, choice, testClock)
  await core.store.backupIfDue(core.now())
  const host = await startWebHost({
    handlers: createHandlers(core, { openExternal: () => false }),
    hub: core.hub,
    data: core,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: values.port ? Number(values.port) : undefined,
    token: values.token,
    now: core.now,
    testClock: testClock
      ? {
          move: (to) => {
            const moved = testClock.move(to)
            core.clock.resync() // alerts due in the skipped span fire now, as the real clock would have sent them
            return moved
          },
        }
      : undefined,
  })
  core.clock.start() // after the transport listens: alerts reach the renderer as hub events
  // Every page checked after start, in a worker: damage found now is handled as a bad file at start.
  core.onDamaged((e) => {
    console.error(recoveryText(e))
    void stop(1)
  })
  core.checkIntegritySoon((e) => console.error('[integrity] check failed to run:', e))
  console.log(`data: ${core.store.file}`)
  if (testClock) console.log(`test clock from ${values.now} (POST /api/test.clock moves it)`)
  console.log(`Veeam escalation tray (preview) → ${host.url}#token=${host.token}`)
  console.log(`quick entry → ${host.url}quick.html#token=${host.token}`)
  async function stop(code = 0) {
    await host.close()
    core.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

function openPreviewCore(file: string, choice: RecoveryChoice | null, testClock: TestClock | null): Core {
  const options = { file, host: 'web' as const, version, fontsDir: path.join(resourcesDir(__dirname), 'fonts') }
  const clock = testClock ? { now: testClock.now, scheduler: testClock.scheduler } : {}
  const opened = openCore({ ...options, ...clock }, (e) => {
    if (choice) return choice
    throw new Error(recoveryText(e))
  }, { checkEveryPage: choice !== null })!
  const r = opened.recovered
  if (r) console.log(`kept the bad file aside: ${r.keptAside}${r.restoredFrom ? `\nrestored from: ${r.restoredFrom}` : ''}`)
  return opened.core
}

/** The choice offered for a bad data file, at start or when the check after start finds damage. */
function recoveryText(e: Error): string {
  return (
    `${e.message}\n파일은 그대로 두었습니다. 다음 중 하나로 다시 시작하세요:\n` +
    `  --restore-latest  가장 최근의 정상 백업으로 복원 (현재 파일은 옆에 보관)\n` +
    `  --new-file        새 파일로 시작 (현재 파일은 옆에 보관)`
  )
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
