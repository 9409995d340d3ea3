import type { Scheduler } from '../core/clock/scheduler'

/** The longest delay setTimeout honours; longer waits are re-armed in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1

export interface TestClock {
  /** The host's now: the start instant plus the monotonic time elapsed since (plus every move). */
  now(): Date
  /** Jumps to an instant, or steps forward/back by `advanceMs`; returns the new now. */
  move(to: { setTo?: string; advanceMs?: number }): Date
  /** Timers measured on this clock, so an alert due at 17:45 test time fires at 17:45 test time. */
  scheduler: Scheduler
}

/**
 * A settable clock for the preview host (`--now <ISO>`), so end-to-end tests can run "on a Friday at
 * 17:45 KST" whatever the wall clock says. It ticks at the real rate (monotonic, never the wall clock)
 * from the given instant; only `move` changes it, and the host then resyncs the escalation clock.
 */
export function createTestClock(startIso: string, monotonicMs: () => number = () => performance.now()): TestClock {
  let base = parseInstant(startIso)
  let monoAtBase = monotonicMs()
  const nowMs = () => base + (monotonicMs() - monoAtBase)

  const scheduler: Scheduler = {
    schedule(at, fn) {
      let timer: ReturnType<typeof setTimeout>
      const wait = () => {
        const left = at.getTime() - nowMs()
        timer = setTimeout(left > MAX_TIMER_MS ? wait : fn, Math.min(Math.max(left, 0), MAX_TIMER_MS))
      }
      wait()
      return () => clearTimeout(timer)
    },
    every(ms, fn) {
      const t = setInterval(fn, ms)
      t.unref()
      return () => clearInterval(t)
    },
    monotonicMs,
  }

  return {
    now: () => new Date(nowMs()),
    move({ setTo, advanceMs }) {
      const target = (setTo !== undefined ? parseInstant(setTo) : nowMs()) + (advanceMs ?? 0)
      base = target
      monoAtBase = monotonicMs()
      return new Date(target)
    },
    scheduler,
  }
}

function parseInstant(iso: string): number {
  // An instant needs its offset: "2026-12-04T17:45" alone would be read in the host's zone.
  const ms = /(Z|[+-]\d\d:\d\d)$/.test(iso) ? Date.parse(iso) : NaN
  if (Number.isNaN(ms)) throw new Error(`시각은 오프셋이 있는 ISO 형식이어야 합니다 (예: 2026-12-04T17:45:00+09:00): ${iso}`)
  return ms
}
