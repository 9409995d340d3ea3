import { performance } from 'node:perf_hooks'

/** Runs `fn` n times and returns the sorted durations in ms. */
export function timeEach(n: number, fn: (i: number) => void): number[] {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(time(() => fn(i)))
  return out.sort((a, b) => a - b)
}

/** How long one run of `fn` takes, in ms. */
export function time(fn: () => void): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

export const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

export const fmtMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`)

/** One printed line: what, the measured figure, and the goal beside it. */
export function report(what: string, measured: string, goal?: string, met?: boolean): void {
  const verdict = goal ? ` (goal ${goal}: ${met ? 'met' : 'NOT met'})` : ''
  console.log(`  ${what.padEnd(58)} ${measured}${verdict}`)
}

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
