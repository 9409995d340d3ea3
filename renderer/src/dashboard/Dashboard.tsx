import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../api'
import { SeveritySchema, TrackSchema, type Severity, type Track } from '../../../shared/domain'
import type { MissedAlert } from '../../../shared/ipc'
import { IssueStatusSchema, type IssueStatus, type IssueSummary } from '../../../shared/model'
import { go } from '../common/route'
import { useSettings } from '../common/settingsContext'
import { useChannel } from '../common/useChannel'
import { useNow } from '../common/useNow'
import type { Lang } from '../../../shared/format/duration'
import { formatKstShort } from '../../../shared/format/kst'
import { IssueRow } from './IssueRow'
import { RoutingBanner } from './RoutingBanner'
import { errorText } from '../common/errors'

interface Filters {
  track: Track | ''
  severity: Severity | ''
  status: IssueStatus | ''
  query: string
  includeClosed: boolean
}

/** The dashboard (#/): routing and coverage clocks, open issues by nearest deadline, missed deadlines. */
export function Dashboard() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const now = useNow(1000)
  const { settings, loaded } = useSettings()
  const [filters, setFilters] = useState<Filters>({ track: '', severity: '', status: '', query: '', includeClosed: false })
  const [issues, setIssues] = useState<IssueSummary[] | null>(null)
  const [error, setError] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)
  const [setupDismissed, setSetupDismissed] = useState(() => sessionStorage.getItem('setup-skipped') === '1')

  const load = useCallback(async () => {
    try {
      const list = await call('issues.list', {
        track: filters.track || undefined,
        severity: filters.severity || undefined,
        status: filters.status || undefined,
        query: filters.query.trim() || undefined,
        includeClosed: filters.includeClosed || filters.status === 'closed' || undefined,
      })
      setIssues(list)
      setError('')
    } catch (e) {
      setError(errorText(e))
    }
  }, [filters])

  useEffect(() => {
    const id = setTimeout(() => void load(), filters.query ? 200 : 0)
    return () => clearTimeout(id)
  }, [load, filters.query])

  useEffect(() => api.on('issuesChanged', () => void load()), [load])

  const missedCall = useChannel('alerts.missed', {}, { refreshOn: ['issuesChanged'] })
  const missed: MissedAlert[] = missedCall.data ?? []

  // "/" focuses the search box, as in most list tools.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) {
        e.preventDefault()
        searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }))
  const filtered = Boolean(filters.track || filters.severity || filters.status || filters.query)

  return (
    <div className="dashboard">
      {loaded && !settings.firstRunDone && !setupDismissed && (
        <div className="card setup-offer">
          <div>
            <strong>{t('set.firstRun')}</strong>
            <p className="muted">{t('set.firstRunIntro')}</p>
          </div>
          <button className="primary" onClick={() => go('#/settings/setup')}>{t('set.firstRun')}</button>
          <button onClick={() => (sessionStorage.setItem('setup-skipped', '1'), setSetupDismissed(true))}>{t('set.skip')}</button>
        </div>
      )}

      <RoutingBanner now={now} />

      {missed.length > 0 && (
        <section className="card missed" aria-labelledby="missed-h" data-testid="missed-alerts">
          <div className="missed-head">
            <span className="missed-icon" aria-hidden>!</span>
            <div>
              <h2 id="missed-h">
                {t('dash.missed')} <span className="count tabular">{t('dash.missedCount', { n: missed.length })}</span>
              </h2>
              <p className="hint">{t('dash.missedHint')}</p>
            </div>
          </div>
          <ul>
            {missed.map((m, i) => (
              <li key={i} data-testid="missed-item">
                <a href={`#/issue/${m.issueId}`}>
                  <time className="due overdue tabular" dateTime={m.dueAt}>{formatKstShort(m.dueAt, lang)}</time>
                  <span className="missed-target">{m.targetLabel}</span>
                  <span className="missed-issue">
                    <span className="muted tabular">#{m.issueId}</span> {m.customerName && <b>{m.customerName}</b>} {m.title}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card list-card">
        <div className="list-head">
          <h2>
            {t('dash.open')} <span className="muted tabular">{issues ? t('dash.count', { n: issues.length }) : ''}</span>
          </h2>
          <div className="filters">
            <input
              ref={searchRef}
              type="search"
              name="query"
              className="search"
              placeholder={t('dash.search')}
              aria-label={t('dash.search')}
              value={filters.query}
              onChange={(e) => set({ query: e.target.value })}
            />
            <select aria-label={t('dash.filterTrack')} name="track" value={filters.track} onChange={(e) => set({ track: e.target.value as Track | '' })}>
              <option value="">{t('dash.filterTrack')}: {t('common.all')}</option>
              {TrackSchema.options.map((tr) => (
                <option key={tr} value={tr}>{t(`track.${tr}`)}</option>
              ))}
            </select>
            <select
              aria-label={t('dash.filterSeverity')}
              name="severity"
              value={filters.severity}
              onChange={(e) => set({ severity: e.target.value ? (Number(e.target.value) as Severity) : '' })}
            >
              <option value="">Sev: {t('common.all')}</option>
              {SeveritySchema.options.map((s) => (
                <option key={s} value={s}>Sev{s}</option>
              ))}
            </select>
            <select aria-label={t('dash.filterStatus')} name="status" value={filters.status} onChange={(e) => set({ status: e.target.value as IssueStatus | '' })}>
              <option value="">{t('dash.filterStatus')}: {t('common.all')}</option>
              {IssueStatusSchema.options.map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </select>
            <label className="check">
              <input type="checkbox" checked={filters.includeClosed} onChange={(e) => set({ includeClosed: e.target.checked })} />
              {t('dash.includeClosed')}
            </label>
          </div>
        </div>
        {(error || missedCall.error) && <p className="form-error" role="alert">{error || missedCall.error}</p>}
        {issues && issues.length === 0 && (
          <div className="empty">
            <p>{filtered ? t('dash.noMatch') : t('dash.empty')}</p>
            {!filtered && <p className="muted">{t('dash.emptyHint')}</p>}
          </div>
        )}
        {issues && issues.length > 0 && (
          <ul className="issues" role="list">
            {issues.map((i) => (
              <IssueRow key={i.id} issue={i} now={now} lang={lang} />
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
