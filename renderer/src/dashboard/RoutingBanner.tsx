import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { createKoreanCalendar, routeAt } from '../../../shared/domain'
import { useSettings } from '../common/settingsContext'
import type { Lang } from '../../../shared/format/duration'
import { coverageLine, queuedLine, routingLine } from '../format/routing'

/** Routing and Basic coverage (weekdays 09:00–18:00 KST, closing soon), recomputed every second from the settings. */
export function RoutingBanner({ now }: { now: Date }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const { settings } = useSettings()
  const calendar = useMemo(() => createKoreanCalendar(settings.domain.calendar), [settings.domain.calendar])
  const est = routeAt(now, settings.domain.routing)
  const cov = calendar.coverageLeft(now)
  const closingSoon = cov.open && cov.msLeftToday <= settings.domain.alerts.closingSoonMinutes * 60_000

  return (
    <section className="status-strip" aria-label={t('dash.routing')}>
      <div className={`routing ${est.queued ? 'queued' : 'live'}`} data-testid="routing-banner">
        <span className={`region-dot r-${est.region}`} aria-hidden />
        {est.queued ? (
          <div className="routing-lines">
            <span><span className="badge renewal-production">Production</span> {queuedLine(est, now, 'production', cov.nextOpening, lang)}</span>
            <span><span className="badge renewal-basic">Basic</span> {queuedLine(est, now, 'basic', cov.nextOpening, lang)}</span>
          </div>
        ) : (
          <span className="routing-line tabular">{routingLine(est, now, lang)}</span>
        )}
      </div>
      <div className={`coverage ${cov.open ? 'open' : 'closed'} ${closingSoon ? 'closing' : ''}`} data-testid="coverage">
        <span className="tabular">{coverageLine(cov, now, lang)}</span>
        {closingSoon && <span className="closing-note">{t('dash.closingSoon')}</span>}
      </div>
    </section>
  )
}
