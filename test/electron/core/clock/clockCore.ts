import path from 'node:path'
import { Core } from '../../../../electron/core/core'
import { createHandlers } from '../../../../electron/core/ipc/handlers'
import { dispatch } from '../../../../electron/core/ipc/dispatch'
import type { Alert, Channel, ReplyOf, RequestOf } from '../../../../shared/ipc'
import { tempDir, TestClock } from '../testCore'
import { ManualScheduler } from './manualScheduler'

export const HOUR = 3_600_000
export const MINUTE = 60_000

/** "2026-11-25 10:00" (KST) → the instant. */
export const kst = (wall: string): string => new Date(`${wall.replace(' ', 'T')}:00+09:00`).toISOString()

/**
 * A real Core on a temporary SQLite file with its clock started on a hand-driven scheduler.
 * `restart()` closes it and opens a new Core on the same file (the wall clock keeps its time);
 * `alerts` collects every alert the hub pushed, across restarts.
 */
export function clockCore(startKst = '2026-11-25 10:00', options: { start?: boolean } = {}) {
  const dir = tempDir('veeam-clock-test-')
  const wall = new TestClock(new Date(kst(startKst)))
  const alerts: Alert[] = []
  const open = () => {
    const time = new ManualScheduler(wall)
    const core = new Core({ file: path.join(dir, 'test.db'), host: 'web', version: 'test', now: wall.now, scheduler: time })
    core.hub.on((event, payload) => event === 'alert' && alerts.push(payload as Alert))
    const handlers = createHandlers(core, { openExternal: () => false })
    return { core, time, handlers }
  }
  let current = open()
  if (options.start !== false) current.core.clock.start()

  const h = {
    dir,
    wall,
    alerts,
    get core() {
      return current.core
    },
    get time() {
      return current.time
    },
    async call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ReplyOf<C>> {
      const r = await dispatch(current.handlers, channel, request)
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
      return r.value as ReplyOf<C>
    },
    /** The app is closed, time passes, and it starts again on the same file. */
    async restartAfter(ms: number) {
      await current.core.clock.lastBackup // a daily backup in flight finishes before its database closes
      current.core.close()
      wall.advance(ms)
      current = open()
      current.core.clock.start()
    },
    /** Alerts pushed since the last call. */
    drain(): Alert[] {
      return alerts.splice(0)
    },
    async close() {
      await current.core.clock.lastBackup
      current.core.close()
    },
    async contacts() {
      const distributor = await h.call('contacts.save', { name: '홍길동', role: 'distributor', company: '총판', phone: '010-1234-5678' })
      const se = await h.call('contacts.save', { name: '이SE', role: 'veeamSe', company: 'Veeam', phone: '010-3333-4444' })
      return { distributor, se }
    },
    async settings(patch: (s: ReplyOf<'settings.get'>) => void) {
      const s = await h.call('settings.get', {})
      patch(s)
      return h.call('settings.update', { settings: s })
    },
  }
  return h
}

export type ClockHarness = ReturnType<typeof clockCore>
