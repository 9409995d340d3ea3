import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Core } from '../../../electron/core/core'
import { createHandlers } from '../../../electron/core/ipc/handlers'
import { dispatch } from '../../../electron/core/ipc/dispatch'
import type { Channel, RequestOf } from '../../../shared/ipc'

/** A hand-driven clock: tests set the instant they reason about. */
export class TestClock {
  constructor(public t: Date) {}
  now = (): Date => new Date(this.t)
  set(iso: string): void {
    this.t = new Date(iso)
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms)
  }
}

export const tempDir = (prefix = 'veeam-tray-test-'): string => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

/** A real Core on a temporary SQLite file, with the handlers both transports use. */
export function testCore(start = '2026-11-25T01:00:00.000Z', dir = tempDir()) {
  const clock = new TestClock(new Date(start))
  const core = new Core({ file: path.join(dir, 'test.db'), host: 'web', version: 'test', now: clock.now })
  const handlers = createHandlers(core, { openExternal: () => false })
  const callRaw = (channel: string, payload: unknown) => dispatch(handlers, channel, payload)
  async function call<C extends Channel>(channel: C, request: RequestOf<C>) {
    const r = await dispatch(handlers, channel, request)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.value as import('../../../shared/ipc').ReplyOf<C>
  }
  return { core, clock, dir, handlers, call, callRaw }
}
