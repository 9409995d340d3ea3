import { AppError } from '../../../shared/ipc'

/** The page's clock and the core's may differ by a little; "now" typed in the page must still pass. */
const CLOCK_SKEW_MS = 60_000

/** A time the user entered: not in the future, and not before what it follows. */
export function checkEnteredTime(at: string, now: Date, what: string, field: string, notBefore?: { at: string | null; label: string }): void {
  const t = Date.parse(at)
  if (t > now.getTime() + CLOCK_SKEW_MS) throw new AppError('rule', `${what} 시각은 미래일 수 없습니다`, { [field]: '미래 시각입니다' })
  // Times are typed to the minute: the anchor's own minute counts as not before it.
  if (notBefore?.at && t < Math.floor(Date.parse(notBefore.at) / 60_000) * 60_000) {
    throw new AppError('rule', `${what} 시각은 ${notBefore.label} 시각보다 빠를 수 없습니다`, { [field]: `${notBefore.label} 이전 시각입니다` })
  }
}
