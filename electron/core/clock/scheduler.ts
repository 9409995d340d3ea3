/** Where the clock gets its timers: node-schedule in the app, a hand-driven one in tests. */
export interface Scheduler {
  /** Runs `fn` once at `at` (at once when `at` has passed); returns a cancel function. */
  schedule(at: Date, fn: () => void): () => void
  /** Runs `fn` every `ms` (the watchdog); returns a cancel function. */
  every(ms: number, fn: () => void): () => void
  /** A clock that never jumps (performance.now): the watchdog compares wall time against it. */
  monotonicMs(): number
}
