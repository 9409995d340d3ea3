// Test helpers: fixed instants written the way people read them.

/** '2026-03-27 17:30' (or with :ss) in KST → Date. */
export function kst(local: string): Date {
  return zoned(local, '+09:00')
}

/** A local wall time with an explicit UTC offset, e.g. zoned('2026-03-27 17:00', '-04:00'). */
export function zoned(local: string, offset: string): Date {
  const [date, time = '00:00'] = local.split(' ')
  const withSeconds = time.length === 5 ? `${time}:00` : time
  const d = new Date(`${date}T${withSeconds}${offset}`)
  if (Number.isNaN(d.getTime())) throw new Error(`bad test time ${local}`)
  return d
}

/** Date → 'YYYY-MM-DD HH:MM' in KST (seconds shown only when not zero). */
export function showKst(d: Date | null): string | null {
  if (!d) return null
  const iso = new Date(d.getTime() + 9 * 3_600_000).toISOString()
  const seconds = iso.slice(17, 23)
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === '00.000' ? '' : `:${seconds}`}`
}

export const HOUR = 3_600_000
export const MINUTE = 60_000
