/** Durations and countdowns, in the user's language. Pure: every function takes the instants it compares. */

export type Lang = 'ko' | 'en'

const MINUTE = 60_000

/**
 * "2시간 13분", "15분", "3일 4시간", "1분 미만" — whole minutes; days drop the minutes. Rounded down
 * by default; time *left* rounds up, so that an alert fired a few ms after "15 minutes before"
 * still says 15분 and a countdown never reads 0 while time remains.
 */
export function formatDuration(ms: number, lang: Lang = 'ko', round: 'down' | 'up' = 'down'): string {
  const total = (round === 'up' ? Math.ceil : Math.floor)(Math.abs(ms) / MINUTE)
  if (total < 1) return lang === 'ko' ? '1분 미만' : '<1 min'
  const days = Math.floor(total / 1440)
  const hours = Math.floor((total % 1440) / 60)
  const minutes = total % 60
  const parts: string[] = []
  if (lang === 'ko') {
    if (days) parts.push(`${days}일`)
    if (hours) parts.push(`${hours}시간`)
    if (!days && minutes) parts.push(`${minutes}분`)
  } else {
    if (days) parts.push(`${days} d`)
    if (hours) parts.push(`${hours} h`)
    if (!days && minutes) parts.push(`${minutes} min`)
  }
  return parts.join(' ')
}

/** Time left, for every card, banner and alert that says how long remains: whole minutes rounded up ("47분"). */
export function formatTimeLeft(ms: number, lang: Lang = 'ko'): string {
  return formatDuration(ms, lang, 'up')
}

/** Time left until `due`: "2시간 13분 남음" (rounded up); in its first minute "지금"; then "15분 초과" (rounded down). */
export function formatCountdown(due: Date | string, now: Date, lang: Lang = 'ko'): string {
  const ms = new Date(due).getTime() - now.getTime()
  if (ms >= 0) {
    const d = formatTimeLeft(ms, lang)
    return lang === 'ko' ? `${d} 남음` : `${d} left`
  }
  if (ms > -MINUTE) return lang === 'ko' ? '지금' : 'now' // just due, e.g. steps due the moment an issue is logged
  const d = formatDuration(ms, lang)
  return lang === 'ko' ? `${d} 초과` : `${d} overdue`
}

export type Urgency = 'overdue' | 'soon' | 'later' | 'none'

/** Colour class of a deadline: past → overdue; within `soonMinutes` → soon. */
export function urgencyOf(due: Date | string | null | undefined, now: Date, soonMinutes = 60): Urgency {
  if (!due) return 'none'
  const ms = new Date(due).getTime() - now.getTime()
  if (ms < 0) return 'overdue'
  if (ms <= soonMinutes * MINUTE) return 'soon'
  return 'later'
}
