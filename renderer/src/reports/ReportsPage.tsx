import { lazy, Suspense, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { formatKstShort } from '../../../shared/format/kst'
import { PERIOD_PRESETS, periodLabel, periodOf, periodOfDates, reportWords, type PeriodPreset, type SlaReport } from '../../../shared/schedule/sla'
import { errorText } from '../common/errors'
import { useChannel } from '../common/useChannel'
import { downloadFiles } from '../workbench/download'
import { pickedIssues, ReportTables, type Pick } from './ReportTables'
import './reports.css'

// ECharts is loaded only when the report screen draws its charts.
const ReportCharts = lazy(() => import('./ReportCharts'))

type Preset = PeriodPreset | 'custom'
interface Filters {
  renewal: '' | 'production' | 'basic'
  track: '' | 'general' | 'critical' | 'sales'
  customer: string | null
}

/** 리포트: SLA compliance over a period, with charts, the issues behind each number, and files to send. */
export function ReportsPage() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'ko'
  const w = useMemo(() => reportWords(lang), [lang])
  const [now, setNow] = useState<Date | null>(null)
  const [preset, setPreset] = useState<Preset>('thisMonth')
  const [custom, setCustom] = useState({ from: '', to: '' })
  const [filters, setFilters] = useState<Filters>({ renewal: '', track: '', customer: null })
  const customerList = useChannel('customers.list', {})
  const customers = useMemo(() => (customerList.data ?? []).map((c) => c.name), [customerList.data])
  const [report, setReport] = useState<SlaReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pick, setPick] = useState<Pick | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    call('app.info', {}).then((i) => setNow(new Date(i.now)), (e: unknown) => setError(errorText(e)))
  }, [])

  const period = useMemo(() => {
    if (!now) return null
    if (preset !== 'custom') return periodOf(preset, now)
    return custom.from && custom.to ? periodOfDates(custom.from, custom.to) : null
  }, [now, preset, custom])

  const request = useMemo(() => {
    if (!period) return null
    return {
      ...period,
      ...(filters.renewal && { renewal: filters.renewal }),
      ...(filters.track && { track: filters.track }),
      ...(filters.customer !== null && { customer: filters.customer }),
    }
  }, [period, filters])

  useEffect(() => {
    if (!request) return
    let live = true
    call('reports.sla', request).then(
      (r) => live && (setReport(r), setPick(null), setError(null)),
      (e: unknown) => live && setError(errorText(e)),
    )
    return () => {
      live = false
    }
  }, [request])

  const exportFile = async (format: 'csv' | 'xlsx' | 'pdf') => {
    if (!request) return
    setBusy(true)
    try {
      const r = await call('reports.export', { ...request, format, language: lang })
      if (r.savedTo === null) downloadFiles([r.file])
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const listed = report && pick ? pickedIssues(report, pick) : []
  return (
    <div className="rep-page">
      <section className="panel rep-controls">
        <h1>{w.title}</h1>
        <div className="rep-row" role="group" aria-label={w.period}>
          {[...PERIOD_PRESETS, 'custom' as const].map((p) => (
            <button key={p} type="button" aria-pressed={preset === p} className={preset === p ? 'primary' : ''} onClick={() => setPreset(p)}>
              {t(`rep.preset.${p}`)}
            </button>
          ))}
          {preset === 'custom' && (
            <>
              <label>{t('rep.from')} <input type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} /></label>
              <label>{t('rep.to')} <input type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} /></label>
            </>
          )}
          {period && <span className="chip">{periodLabel(period.from, period.to)} (KST)</span>}
        </div>
        <div className="rep-row">
          <label>{t('rep.renewal')}{' '}
            <select value={filters.renewal} onChange={(e) => setFilters({ ...filters, renewal: e.target.value as Filters['renewal'] })}>
              <option value="">{t('rep.all')}</option><option value="production">Production</option><option value="basic">Basic</option>
            </select>
          </label>
          <label>{t('rep.track')}{' '}
            <select value={filters.track} onChange={(e) => setFilters({ ...filters, track: e.target.value as Filters['track'] })}>
              <option value="">{t('rep.all')}</option>
              {(['general', 'critical', 'sales'] as const).map((k) => <option key={k} value={k}>{t(`track.${k}`)}</option>)}
            </select>
          </label>
          <label>{w.customer}{' '}
            <select value={filters.customer ?? '\u0000'} onChange={(e) => setFilters({ ...filters, customer: e.target.value === '\u0000' ? null : e.target.value })}>
              <option value={'\u0000'}>{t('rep.all')}</option>
              {customers.map((c) => <option key={c} value={c}>{c}</option>)}
              <option value="">{w.noCustomer}</option>
            </select>
          </label>
          <span className="rep-spacer" />
          {(['csv', 'xlsx', 'pdf'] as const).map((f) => (
            <button key={f} type="button" disabled={busy || !report} onClick={() => void exportFile(f)}>{f.toUpperCase()}</button>
          ))}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        {customerList.error && <p className="error" role="alert">{customerList.error}</p>}
      </section>
      {report && (
        <>
          <Suspense fallback={<div className="rep-charts muted">…</div>}>
            <ReportCharts report={report} words={w} />
          </Suspense>
          <ReportTables report={report} w={w} onPick={setPick} />
          {pick && (
            <section className="panel rep-section rep-picked" aria-live="polite">
              <h2>{pick.label} — {t('rep.issues', { count: listed.length })}</h2>
              <ul>
                {listed.map((i) => (
                  <li key={i.id}>
                    <a href={`#/issue/${i.id}`}>#{i.id} {i.title}</a> <span className="muted">{i.customerName} · {formatKstShort(i.loggedAt, lang)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="muted rep-rules">{w.rules}</p>
        </>
      )}
    </div>
  )
}
