/**
 * The host's now, as the page sees it. The core decides every deadline on its own clock; the page
 * keeps the offset between the host's clock and its own, so countdowns, "지금" defaults and
 * anything parsed against now agree with the core (which matters when the preview host runs on a
 * test clock, `--now`). In Electron the core runs on this machine's clock: the offset stays 0.
 * Use `hostNow()` wherever the renderer needs the current instant, never `new Date()`.
 */
let offsetMs = 0

export function hostNow(): Date {
  return new Date(Date.now() + offsetMs)
}

/** Learns the host's now (told by the preview host's event stream or app.info). */
export function learnHostNow(hostIso: string): void {
  const ms = Date.parse(hostIso)
  if (!Number.isNaN(ms)) offsetMs = ms - Date.now()
}
