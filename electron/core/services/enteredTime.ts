import type { Bilingual } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc'

/** The page's clock and the core's may differ by a little; "now" typed in the page must still pass. */
const CLOCK_SKEW_MS = 60_000

/** The moments a user types a time for, as the error sentences name them. */
const MOMENTS = {
  firstOccurred: { ko: '최초 발생', en: 'first occurrence' },
  sev1Consulted: { ko: 'Sev1 사전 협의', en: 'Sev1 consultation' },
  logged: { ko: '이슈 등록', en: 'issue logging' },
  caseOpened: { ko: '케이스 오픈', en: 'case opening' },
  firstResponse: { ko: '첫 응답', en: 'first response' },
  tierChanged: { ko: 'Tier 변경', en: 'tier change' },
  resolved: { ko: '해결', en: 'resolution' },
  reopened: { ko: '재오픈', en: 'reopening' },
  step: { ko: '단계 처리', en: 'step update' },
} as const satisfies Record<string, Bilingual>
export type Moment = keyof typeof MOMENTS

/** A time the user entered: not in the future, and not before what it follows. */
export function checkEnteredTime(at: string, now: Date, what: Moment, field: string, notBefore?: { at: string | null; label: Moment }): void {
  const t = Date.parse(at)
  const w = MOMENTS[what]
  if (t > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError(
      'rule',
      { ko: `${w.ko} 시각은 미래일 수 없습니다`, en: `The ${w.en} time cannot be in the future` },
      { [field]: { ko: '미래 시각입니다', en: 'This time is in the future' } },
    )
  }
  // Times are typed to the minute: the anchor's own minute counts as not before it.
  if (notBefore?.at && t < Math.floor(Date.parse(notBefore.at) / 60_000) * 60_000) {
    const l = MOMENTS[notBefore.label]
    throw new AppError(
      'rule',
      { ko: `${w.ko} 시각은 ${l.ko} 시각보다 빠를 수 없습니다`, en: `The ${w.en} time cannot be earlier than the ${l.en} time` },
      { [field]: { ko: `${l.ko} 이전 시각입니다`, en: `Earlier than the ${l.en} time` } },
    )
  }
}
