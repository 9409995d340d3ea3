/** Durations and countdowns, in the user's language. Pure: every function takes the instants it compares. */

export type Lang = 'ko' | 'en'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "2시간 13분", "15분", "3일 4시간", "1분 미만" — whole minutes, rounded down; days drop the minutes. */
export function formatDuration(ms: number, lang: Lang = 'ko'): string {
  const abs = Math.abs(ms)
  if (abs < MINUTE) return lang === 'ko' ? '1분 미만' : '<1 min'
  const days = Math.floor(abs / DAY)
  const hours = Math.floor((abs % DAY) / HOUR)
  const minutes = Math.floor((abs % HOUR) / MINUTE)
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

/** Time left until `due`: "2시간 13분 남음", or once past "15분 초과". */
export function formatCountdown(due: Date | string, now: Date, lang: Lang = 'ko'): string {
  const ms = new Date(due).getTime() - now.getTime()
  const d = formatDuration(ms, lang)
  if (ms >= 0) return lang === 'ko' ? `${d} 남음` : `${d} left`
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

/** h:mm for the coverage clock: 90 minutes → "1:30". */
export function formatHMM(ms: number): string {
  const total = Math.max(0, Math.floor(ms / MINUTE))
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
