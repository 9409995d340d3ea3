import type { Scheduler } from '../../../../electron/core/clock/scheduler'
import type { TestClock } from '../testCore'

interface Timer {
  id: number
  /** Monotonic instant it fires at: like Node's timers, they run on the monotonic clock. */
  mono: number
  fn: () => void
  every?: number
}

/**
 * A hand-driven scheduler on a TestClock. `pass` lets time pass with the machine awake (wall and
 * monotonic move together, timers fire in order); `sleep` and `jump` move only the wall clock, as a
 * suspended laptop or a clock change does, so no timer fires until something resyncs.
 */
export class ManualScheduler implements Scheduler {
  private timers: Timer[] = []
  private nextId = 1
  private mono = 0

  constructor(readonly wall: TestClock) {}

  schedule(at: Date, fn: () => void): () => void {
    return this.add({ mono: this.mono + Math.max(0, at.getTime() - this.wall.t.getTime()), fn })
  }

  every(ms: number, fn: () => void): () => void {
    return this.add({ mono: this.mono + ms, fn, every: ms })
  }

  monotonicMs = (): number => this.mono

  /** One-shot timers waiting (the watchdog interval not counted). */
  pending(): number {
    return this.timers.filter((t) => !t.every).length
  }

  /** The machine stays awake for `ms`: timers fire at their instants, in order. */
  pass(ms: number): void {
    const end = this.mono + ms
    for (;;) {
      const due = this.timers.filter((t) => t.mono <= end).sort((a, b) => a.mono - b.mono || a.id - b.id)[0]
      if (!due) break
      this.moveBoth(due.mono - this.mono)
      if (due.every) due.mono += due.every
      else this.timers = this.timers.filter((t) => t !== due)
      due.fn()
    }
    this.moveBoth(end - this.mono)
  }

  /** Lets time pass until the wall clock shows `iso`. */
  passUntil(iso: string): void {
    this.pass(Date.parse(iso) - this.wall.t.getTime())
  }

  /** The laptop is suspended for `ms`: the wall clock moves, the monotonic one and the timers do not. */
  sleep(ms: number): void {
    this.wall.advance(ms)
  }

  /** Someone sets the system clock: same as sleep from the process's point of view. */
  jump(ms: number): void {
    this.wall.advance(ms)
  }

  private moveBoth(ms: number): void {
    this.mono += ms
    this.wall.advance(ms)
  }

  private add(t: Omit<Timer, 'id'>): () => void {
    const timer = { ...t, id: this.nextId++ }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((x) => x !== timer)
    }
  }
}
