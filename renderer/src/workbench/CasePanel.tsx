import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { hostNow } from '../../api/hostClock'
import { isOpenStatus, type IssueDetail, type Tier } from '../../../shared/model'
import { noErrors, toFormErrors, type FormErrors, errorText } from '../common/errors'
import { recordedAt, TimeInput, type RecordedTime } from '../common/TimeInput'
import { formatCountdown, urgencyOf, type Lang } from '../../../shared/format/duration'
import { formatKstShort, formatKstTime } from '../../../shared/format/kst'

/** The case's life: case number and open, target response, first response, tier, resolve / reopen / close, snooze. */
export function CasePanel({ detail, now, lang, readOnly, onChanged }: { detail: IssueDetail; now: Date; lang: Lang; readOnly: boolean; onChanged: () => void }) {
  const { t } = useTranslation()
  const { issue } = detail
  const [caseNumber, setCaseNumber] = useState(issue.caseNumber ?? '')
  const [at, setAt] = useState<RecordedTime>(null)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [busy, setBusy] = useState(false)

  const run = async (fn: (recorded: { at?: string }) => Promise<unknown>) => {
    const recorded = recordedAt(at)
    if (!recorded) return setErrors({ message: '', fields: { at: 'YYYY-MM-DD HH:mm' } })
    setBusy(true)
    try {
      await fn(recorded)
      setErrors(noErrors)
      setAt(null)
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
            <TimeInput value={at} onChange={setAt} now={now} name="eventAt" label={t('wb.at')} />
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
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing) void run((a) => call('issues.openCase', { id: issue.id, caseNumber, ...a }))
                }}
              />
              <button disabled={busy} onClick={() => void run((a) => call('issues.openCase', { id: issue.id, caseNumber, ...a }))}>
                {t('wb.openCase')}
              </button>
            </div>
          )}
          {errors.fields.caseNumber && <span className="field-error">{errors.fields.caseNumber}</span>}
          <div className="btn-row">
            {open && issue.caseOpenedAt && !issue.firstResponseAt && (
              <button disabled={busy} onClick={() => void run((a) => call('issues.firstResponse', { id: issue.id, ...a }))}>{t('wb.firstResponse')}</button>
            )}
            {open && (
              <span className="seg small" role="group" aria-label={t('wb.setTier')}>
                {([1, 2, 3] as Tier[]).map((tier) => (
                  <button
                    key={tier}
                    className="seg-btn"
                    aria-pressed={issue.tier === tier}
                    disabled={busy}
                    onClick={() => void run((a) => call('issues.setTier', { id: issue.id, tier, ...a }))}
                  >
                    Tier {tier}
                  </button>
                ))}
              </span>
            )}
          </div>
          <div className="btn-row">
            {open && <button disabled={busy} className="primary" onClick={() => void run((a) => call('issues.resolve', { id: issue.id, ...a }))}>{t('wb.resolve')}</button>}
            {issue.status === 'resolved' && (
              <>
                <button disabled={busy} onClick={() => void run((a) => call('issues.reopen', { id: issue.id, ...a }))}>{t('wb.reopen')}</button>
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
      setError(errorText(e))
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

