import type { RouteEstimate } from '../../../shared/domain'
import { formatCountdown, formatTimeLeft, type Lang } from '../../../shared/format/duration'
import { formatKstWhen } from '../../../shared/format/kst'

/**
 * The routing banner: where a case opened now goes, for how long, and who is next.
 * Veeam publishes no hand-over rule, so it always says it is an estimate.
 */
export function routingLine(est: RouteEstimate, now: Date, lang: Lang = 'ko'): string {
  if (est.queued) return queuedLine(est, now, 'production', null, lang)
  const left = formatCountdown(est.changesAt, now, lang)
  return lang === 'ko'
    ? `지금 케이스 오픈 시 → ${est.region} · ${left} · 다음 ${est.next} (예상 배정)`
    : `A case opened now → ${est.region} · ${left} · next ${est.next} (estimate)`
}

/** Nobody on shift: Production is covered 24/7 by the on-call team; Basic waits for the next Korean opening. */
export function queuedLine(
  est: RouteEstimate,
  now: Date,
  renewal: 'production' | 'basic',
  nextKoreanOpening: Date | null,
  lang: Lang = 'ko',
): string {
  if (renewal === 'basic') {
    const at = formatKstWhen(nextKoreanOpening ?? est.changesAt, now, lang)
    return lang === 'ko' ? `대기 · 다음 업무 시간 ${at}` : `Waiting · next business hours ${at}`
  }
  const at = formatKstWhen(est.changesAt, now, lang)
  return lang === 'ko'
    ? `업무시간 외 · 24/7 당직 대응 (예상: ${est.region} ${at}부터)`
    : `After hours · 24/7 on-call (estimate: ${est.region} from ${at})`
}

/** Basic coverage (Korean business hours): "Basic 지원 중 · 오늘 2시간 13분 남음" or "Basic 지원 종료 · 다음 내일 09:00". */
export function coverageLine(
  cov: { open: boolean; msLeftToday: number; nextOpening: Date },
  now: Date,
  lang: Lang = 'ko',
): string {
  if (cov.open) {
    return lang === 'ko'
      ? `Basic 지원 중 · 오늘 ${formatTimeLeft(cov.msLeftToday, lang)} 남음`
      : `Basic coverage open · ${formatTimeLeft(cov.msLeftToday, lang)} left today`
  }
  const at = formatKstWhen(cov.nextOpening, now, lang)
  return lang === 'ko' ? `Basic 지원 종료 · 다음 ${at}` : `Basic coverage closed · opens ${at}`
}
