/** Korean Standard Time formatting for the registration form (spec §6: Asia/Seoul, no DST). */

const kstParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function parts(at: Date | string): Record<string, string> | null {
  const d = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(d.getTime())) return null
  return Object.fromEntries(kstParts.formatToParts(d).map((p) => [p.type, p.value]))
}

/** 'YYYY-MM-DD' in KST, or '' for a missing/invalid instant. */
export function formatKstDate(at: Date | string | null | undefined): string {
  const p = at == null ? null : parts(at)
  return p ? `${p.year}-${p.month}-${p.day}` : ''
}

/** 'YYYY-MM-DD HH:mm (KST)', or '' for a missing/invalid instant. */
export function formatKstDateTime(at: Date | string | null | undefined): string {
  const p = at == null ? null : parts(at)
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} (KST)` : ''
}
