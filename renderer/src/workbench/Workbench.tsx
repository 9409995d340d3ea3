import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../api'
import { isOpenStatus, type IssueDetail, type Tier } from '../../../shared/model'
import { errorSearchUrls } from '../../../shared/ipc/externalLinks'
import { noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { TimeInput } from '../common/TimeInput'
import { useNow } from '../common/useNow'
import { formatCountdown, urgencyOf, type Lang } from '../../../shared/format/duration'
import { formatKstFull, formatKstShort, formatKstTime, fromKstInput, toKstInput } from '../../../shared/format/kst'
import { describeEvent } from './describeEvent'
import { ExportPanel } from './ExportPanel'
import { IssueEditor } from './IssueEditor'
import { openExternal } from './openExternal'
import { StepList } from './StepList'
import { hostNow } from '../../api/hostClock'

/** The issue workbench (#/issue/:id): playbook, case lifecycle, contacts, details, timeline. */
export function Workbench({ id }: { id: number }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const now = useNow(1000)
  const [detail, setDetail] = useState<IssueDetail | null>(null)
  const [loadError, setLoadError] = useState('')

  const load = useCallback(async () => {
    try {
      setDetail(await call('issues.get', { id }))
      setLoadError('')
    } catch (e) {
      setLoadError((e as Error).message)
    }
  }, [id])

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching: state is set after the reply arrives
    void load()
    return api.on('issuesChanged', ({ ids }) => {
      if (ids.length === 0 || ids.includes(id)) void load()
    })
  }, [load, id])

  if (loadError && !detail) return <div className="card empty">{loadError || t('wb.notFound')}</div>
  if (!detail) return <div className="card empty muted">{t('common.loading')}</div>

  const { issue } = detail
  const readOnly = issue.status === 'closed'
  const urls = issue.errorMessage.trim() ? errorSearchUrls(issue.errorMessage) : null

  const search = async (where: 'forum' | 'kb' | 'google') => {
    if (!urls) return
    await openExternal(urls[where])
    await call('timeline.search', { issueId: id, where, query: issue.errorMessage.slice(0, 2000) }).catch(() => undefined)
  }

  return (
    <div className="workbench">
      <header className="wb-head">
        <a href="#/" className="back">{t('nav.back')}</a>
        <div className="wb-title">
          <span className="muted tabular">#{issue.id}</span>
          <h1>{issue.title}</h1>
        </div>
        <div className="row-badges">
          <span className="row-customer">{issue.customerName || '—'}</span>
          <span className={`badge track-${issue.track}`}>{t(`trackLong.${issue.track}`)}</span>
          <span className={`badge sev sev-${issue.severity}`}>Sev{issue.severity}</span>
          <span className={`badge renewal-${issue.renewal}`}>{t(`renewal.${issue.renewal}`)}</span>
          <span className="chip" data-testid="issue-status">{t(`status.${issue.status}`)}</span>
          <span className="chip">Tier {issue.tier}</span>
          {issue.qaDevInvolved && <span className="chip">QA/DEV</span>}
          <span className="muted small">{formatKstFull(issue.loggedAt)}</span>
        </div>
      </header>
      {readOnly && <p className="notice">{t('wb.readOnly')}</p>}

      <div className="wb-grid">
        <div className="wb-main">
          <StepList detail={detail} now={now} lang={lang} readOnly={readOnly} onChange={setDetail} />
          <IssueEditor detail={detail} readOnly={readOnly} onSaved={load} />
        </div>
        <aside className="wb-side">
          <CasePanel detail={detail} now={now} lang={lang} readOnly={readOnly} onChanged={load} />
          {urls && (
            <section className="card">
              <h2>{t('wb.searchError')}</h2>
              <pre className="error-snippet">{issue.errorMessage.slice(0, 400)}</pre>
              <div className="btn-row">
                <button onClick={() => void search('forum')} data-testid="search-forum">{t('wb.forum')} ↗</button>
                <button onClick={() => void search('kb')} data-testid="search-kb">{t('wb.kb')} ↗</button>
                <button onClick={() => void search('google')} data-testid="search-google">{t('wb.google')} ↗</button>
              </div>
            </section>
          )}
          <ExportPanel issueId={issue.id} issueLabel={[issue.customerName, issue.title].filter(Boolean).join(' · ')} onExported={() => void load()} />
          <Timeline detail={detail} lang={lang} />
        </aside>
      </div>
    </div>
  )
}

function CasePanel({ detail, now, lang, readOnly, onChanged }: { detail: IssueDetail; now: Date; lang: Lang; readOnly: boolean; onChanged: () => void }) {
  const { t } = useTranslation()
  const { issue } = detail
  const [caseNumber, setCaseNumber] = useState(issue.caseNumber ?? '')
  const [at, setAt] = useState(() => toKstInput(hostNow()))
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [busy, setBusy] = useState(false)

  const run = async (fn: (atIso: string) => Promise<unknown>) => {
    const atIso = fromKstInput(at)
    if (!atIso) return setErrors({ message: '', fields: { at: 'YYYY-MM-DD HH:mm' } })
    setBusy(true)
    try {
      await fn(atIso)
      setErrors(noErrors)
      setAt(toKstInput(hostNow()))
      onChanged()
    } catch (e) {
      setErrors(toFormErrors(e))
    } finally {
      setBusy(false)
    }
  }

  const open = isOpenStatus(issue.status)
  const targetUrgency = urgencyOf(detail.targetDue, now, 30)

  return (
    <section className="card case-panel" aria-label={t('wb.caseTitle')}>
      <h2>{t('wb.caseTitle')}</h2>
      <dl className="facts">
        <dt>{t('wb.caseNumber')}</dt>
        <dd className="mono">{issue.caseNumber ? `#${issue.caseNumber}` : '—'}</dd>
        {issue.caseOpenedAt && (
          <>
            <dt>{t('wb.caseTitle')}</dt>
            <dd>{t('wb.caseOpened', { at: formatKstShort(issue.caseOpenedAt, lang) })} · {t('wb.routed', { region: issue.routedRegion ?? '—' })}</dd>
          </>
        )}
        {detail.targetDue && !issue.firstResponseAt && (
          <>
            <dt>{t('wb.target')}</dt>
            <dd className={`due ${targetUrgency} tabular`} data-testid="target-countdown">
              {formatCountdown(detail.targetDue, now, lang)} · {formatKstShort(detail.targetDue, lang)}
            </dd>
          </>
        )}
        {issue.firstResponseAt && (
          <>
            <dt>{t('wb.target')}</dt>
            <dd>{t('wb.responded', { at: formatKstShort(issue.firstResponseAt, lang) })}</dd>
          </>
        )}
        {issue.resolvedAt && (
          <>
            <dt>{t('wb.resolve')}</dt>
            <dd>{formatKstShort(issue.resolvedAt, lang)}</dd>
          </>
        )}
      </dl>

      {!readOnly && (
        <div className="case-actions">
          <label className="field">
            <span>{t('wb.at')}</span>
            <TimeInput value={at} onChange={setAt} name="eventAt" label={t('wb.at')} />
            {errors.fields.at && <span className="field-error">{errors.fields.at}</span>}
          </label>
          {open && (
            <div className="inline-form">
              <input
                name="caseNumber"
                placeholder={t('wb.caseNumber')}
                aria-label={t('wb.caseNumber')}
                value={caseNumber}
                onChange={(e) => setCaseNumber(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing) void run((a) => call('issues.openCase', { id: issue.id, caseNumber, at: a }))
                }}
              />
              <button disabled={busy} onClick={() => void run((a) => call('issues.openCase', { id: issue.id, caseNumber, at: a }))}>
                {t('wb.openCase')}
              </button>
            </div>
          )}
          {errors.fields.caseNumber && <span className="field-error">{errors.fields.caseNumber}</span>}
          <div className="btn-row">
            {open && issue.caseOpenedAt && !issue.firstResponseAt && (
              <button disabled={busy} onClick={() => void run((a) => call('issues.firstResponse', { id: issue.id, at: a }))}>{t('wb.firstResponse')}</button>
            )}
            {open && (
              <span className="seg small" role="group" aria-label={t('wb.setTier')}>
                {([1, 2, 3] as Tier[]).map((tier) => (
                  <button
                    key={tier}
                    className="seg-btn"
                    aria-pressed={issue.tier === tier}
                    disabled={busy}
                    onClick={() => void run((a) => call('issues.setTier', { id: issue.id, tier, at: a }))}
                  >
                    Tier {tier}
                  </button>
                ))}
              </span>
            )}
          </div>
          <div className="btn-row">
            {open && <button disabled={busy} className="primary" onClick={() => void run((a) => call('issues.resolve', { id: issue.id, at: a }))}>{t('wb.resolve')}</button>}
            {issue.status === 'resolved' && (
              <>
                <button disabled={busy} onClick={() => void run((a) => call('issues.reopen', { id: issue.id, at: a }))}>{t('wb.reopen')}</button>
                <button disabled={busy} onClick={() => void run(() => call('issues.close', { id: issue.id }))}>{t('wb.close')}</button>
              </>
            )}
          </div>
          {open && <SnoozeRow issueId={issue.id} />}
          {errors.message && !errors.fields.at && !errors.fields.caseNumber && <p className="form-error" role="alert">{errors.message}</p>}
          {errors.message && (errors.fields.at || errors.fields.caseNumber) && errors.message !== (errors.fields.at ?? errors.fields.caseNumber) && (
            <p className="form-error" role="alert">{errors.message}</p>
          )}
        </div>
      )}
    </section>
  )
}

/** "알림 미루기": silences this issue's alerts for 10 minutes or an hour (the core notes it in the timeline). */
function SnoozeRow({ issueId }: { issueId: number }) {
  const { t } = useTranslation()
  const [until, setUntil] = useState<Date | null>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const snooze = async (minutes: 10 | 60) => {
    setBusy(true)
    try {
      await call('alerts.snooze', { issueId, minutes })
      setUntil(new Date(hostNow().getTime() + minutes * 60_000))
      setError('')
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="snooze-row" role="group" aria-label={t('wb.snooze')} data-testid="snooze">
      <span className="muted small">{t('wb.snooze')}</span>
      <button className="small" disabled={busy} onClick={() => void snooze(10)}>{t('wb.snooze10')}</button>
      <button className="small" disabled={busy} onClick={() => void snooze(60)}>{t('wb.snooze60')}</button>
      {until && <span className="ok-msg small" role="status">{t('wb.snoozed', { until: formatKstTime(until) })}</span>}
      {error && <span className="form-error" role="alert">{error}</span>}
    </div>
  )
}

function Timeline({ detail, lang }: { detail: IssueDetail; lang: Lang }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const events = [...detail.timeline].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
  const add = async () => {
    if (!text.trim()) return
    try {
      await call('timeline.note', { issueId: detail.issue.id, text })
      setText('')
      setError('')
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <section className="card timeline" aria-label={t('wb.timeline')}>
      <h2>{t('wb.timeline')}</h2>
      <div className="note-form">
        <textarea
          name="note"
          rows={2}
          placeholder={t('wb.notePh')}
          aria-label={t('wb.note')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) void add()
          }}
        />
        <button onClick={() => void add()} disabled={!text.trim()}>{t('wb.addNote')} <kbd>Ctrl+Enter</kbd></button>
        {error && <span className="field-error">{error}</span>}
      </div>
      <ol className="events">
        {events.map((ev) => (
          <li key={ev.id} className={`ev ev-${ev.kind}`}>
            <time className="muted tabular" dateTime={ev.at}>{formatKstShort(ev.at, lang)}</time>
            <span className={ev.kind === 'note' ? 'ev-note' : ''}>{describeEvent(ev, t, lang, detail.contacts)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
