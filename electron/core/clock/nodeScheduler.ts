import { scheduleJob } from 'node-schedule'
import type { Scheduler } from './scheduler'

/** The production scheduler: node-schedule for the one armed instant, setInterval for the watchdog. */
export const nodeScheduler: Scheduler = {
  schedule(at, fn) {
    const job = at.getTime() > Date.now() ? scheduleJob(at, fn) : null
    if (job) return () => void job.cancel()
    // node-schedule declines instants already past: run on the next turn instead.
    const t = setTimeout(fn, 0)
    return () => clearTimeout(t)
  },
  every(ms, fn) {
    const t = setInterval(fn, ms)
    t.unref() // the watchdog alone never keeps the process alive
    return () => clearInterval(t)
  },
  monotonicMs: () => performance.now(),
}
