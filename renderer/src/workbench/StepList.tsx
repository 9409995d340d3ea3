import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { Role } from '../../../shared/domain'
import type { Contact, IssueDetail, StepView } from '../../../shared/model'
import { noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { TimeInput } from '../common/TimeInput'
import { formatCountdown, urgencyOf, type Lang } from '../../../shared/format/duration'
import { formatKstShort, fromKstInput, toKstInput } from '../../../shared/format/kst'
import { openExternal } from './openExternal'
import { hostNow } from '../../api/hostClock'

type Pending = { stepId: string; status: 'done' | 'skipped' } | null

/** The playbook checklist (spec §3, §4): due time in KST, countdown, done/skip, whom to call. */
export function StepList({
  detail,
  now,
  lang,
  readOnly,
  onChange,
}: {
  detail: IssueDetail
  now: Date
  lang: Lang
  readOnly: boolean
  onChange: (d: IssueDetail) => void
}) {
  const { t } = useTranslation()
  const [pending, setPending] = useState<Pending>(null)
  const [errors, setErrors] = useState<FormErrors>(noErrors)

  const mark = async (step: StepView, status: 'done' | 'skipped' | 'open', opts: { at?: string; note?: string; noFix?: boolean; serious?: boolean } = {}) => {
    try {
      const next = await call('steps.mark', {
        issueId: detail.issue.id,
        stepId: step.id,
        status,
        at: opts.at ?? hostNow().toISOString(),
        note: opts.note ?? '',
        noFix: opts.noFix ?? false,
        serious: opts.serious ?? false,
      })
      setPending(null)
      setErrors(noErrors)
      onChange(next)
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }

  return (
    <section className="card steps" aria-label={t('wb.steps')}>
      <h2>
        {t('wb.steps')} <span className="muted">· {t(`trackLong.${detail.issue.track}`)}</span>
      </h2>
      <ol className="step-list">
        {detail.steps.map((step) => {
          const finished = step.state === 'done' || step.state === 'skipped'
          const urgency = finished ? 'none' : urgencyOf(step.due, now, 60)
          const state = detail.stepStates.find((s) => s.stepId === step.id)
          return (
            <li key={step.id} className={`step s-${step.state}`} data-testid="step" data-step-id={step.id} data-state={step.state}>
              <div className="step-line">
                <span className={`step-check ${step.state}`} aria-hidden>{step.state === 'done' ? '✓' : step.state === 'skipped' ? '–' : ''}</span>
                <span className="step-id">{step.id}</span>
                <span className="step-title">{step.title[lang]}</span>
                <span className="step-due tabular">
                  {step.due && !finished && (
                    <span className={`due ${urgency}`} data-testid="step-due" data-due={step.due}>
                      {formatCountdown(step.due, now, lang)} <span className="muted">· {formatKstShort(step.due, lang)}</span>
                    </span>
                  )}
                  {finished && state && (
                    <span className="muted">
                      {t(`stepState.${step.state}`)} {formatKstShort(state.at, lang)}
                    </span>
                  )}
                </span>
                {!readOnly && (
                  <span className="step-actions">
                    {!finished ? (
                      <>
                        <button className="small" onClick={() => setPending({ stepId: step.id, status: 'done' })} aria-label={`${step.id} ${t('wb.done')}`}>
                          {t('wb.done')}
                        </button>
                        <button className="small ghost" onClick={() => setPending({ stepId: step.id, status: 'skipped' })} aria-label={`${step.id} ${t('wb.skip')}`}>
                          {t('wb.skip')}
                        </button>
                      </>
                    ) : (
                      <button className="small ghost" onClick={() => void mark(step, 'open')}>{t('wb.reopenStep')}</button>
                    )}
                  </span>
                )}
              </div>
              {!finished && <p className="step-detail muted">{step.detail[lang]}</p>}
              {state?.note && <p className="step-note">{state.note}</p>}
              {!finished && step.callRoles.length > 0 && (
                <div className="callees">
                  {step.callRoles.map((role) => (
                    <Callee key={role} role={role} contact={contactFor(detail, role)} issueId={detail.issue.id} stepId={step.id} readOnly={readOnly} />
                  ))}
                </div>
              )}
              {pending?.stepId === step.id && (
                <MarkForm
                  step={step}
                  status={pending.status}
                  errors={errors}
                  onCancel={() => (setPending(null), setErrors(noErrors))}
                  onSubmit={(o) => void mark(step, pending.status, o)}
                />
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}

function MarkForm({
  step,
  status,
  errors,
  onCancel,
  onSubmit,
}: {
  step: StepView
  status: 'done' | 'skipped'
  errors: FormErrors
  onCancel: () => void
  onSubmit: (o: { at: string; note: string; noFix: boolean; serious: boolean }) => void
}) {
  const { t } = useTranslation()
  const [at, setAt] = useState(() => toKstInput(hostNow()))
  const [note, setNote] = useState('')
  const [noFix, setNoFix] = useState(false)
  const [serious, setSerious] = useState(false)
  const submit = () => onSubmit({ at: fromKstInput(at) ?? hostNow().toISOString(), note, noFix, serious })
  return (
    <div
      className="mark-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && (e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type !== 'checkbox') {
          e.preventDefault()
          submit()
        }
      }}
    >
      <label className="field">
        <span>{t('wb.at')}</span>
        <TimeInput value={at} onChange={setAt} label={t('wb.at')} />
      </label>
      <label className="field grow">
        <span>{status === 'skipped' ? t('wb.skipNote') : t('wb.stepNote')}</span>
        <input name="stepNote" autoFocus value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={Boolean(errors.fields.note)} />
        {errors.fields.note && <span className="field-error">{errors.fields.note}</span>}
      </label>
      {status === 'done' && step.id === 'G4' && (
        <label className="check">
          <input type="checkbox" checked={noFix} onChange={(e) => setNoFix(e.target.checked)} /> {t('wb.noFix')}
        </label>
      )}
      {status === 'done' && step.id === 'G7' && (
        <label className="check">
          <input type="checkbox" checked={serious} onChange={(e) => setSerious(e.target.checked)} /> {t('wb.serious')}
        </label>
      )}
      <div className="btn-row">
        <button className="primary" onClick={submit} disabled={status === 'skipped' && !note.trim()}>
          {status === 'done' ? t('wb.done') : t('wb.skip')}
        </button>
        <button onClick={onCancel}>{t('common.cancel')}</button>
      </div>
      {errors.message && !errors.fields.note && <span className="form-error">{errors.message}</span>}
    </div>
  )
}

/** The issue's named contact for a role, else any contact with that role. */
export function contactFor(detail: IssueDetail, role: Role): Contact | null {
  const id = role === 'distributor' ? detail.issue.distributorContactId : role === 'veeamSe' ? detail.issue.seContactId : null
  return detail.contacts.find((c) => c.id === id) ?? detail.contacts.find((c) => c.role === role) ?? null
}

function Callee({ role, contact, issueId, stepId, readOnly }: { role: Role; contact: Contact | null; issueId: number; stepId: string; readOnly: boolean }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const [logged, setLogged] = useState(false)
  if (!contact) {
    return (
      <div className="callee missing">
        <span className="muted">{t('wb.noContact', { role: t(`role.${role}`) })}</span> <a href="#/settings">{t('nav.settings')}</a>
      </div>
    )
  }
  const tel = contact.phone.replace(/[^0-9+\-() ]/g, '')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(contact.phone)
      setCopied(true)
      setTimeout(() => setCopied(false), 1500)
    } catch {
      /* clipboard refused (no permission): the number stays visible to copy by hand */
    }
  }
  return (
    <div className="callee" data-testid="callee">
      <span className="callee-role muted">{t(`role.${role}`)}</span>
      <strong>{contact.name}</strong>
      {contact.company && <span className="muted">{contact.company}</span>}
      {contact.phone ? (
        <>
          <a
            className="phone tabular"
            href={`tel:${tel}`}
            onClick={(e) => {
              e.preventDefault()
              void openExternal(`tel:${tel}`)
            }}
          >
            {contact.phone}
          </a>
          <button className="small ghost" onClick={() => void copy()}>{copied ? t('common.copied') : t('common.copy')}</button>
        </>
      ) : (
        <span className="muted">—</span>
      )}
      {!readOnly && (
        <button
          className="small"
          onClick={() => void call('timeline.call', { issueId, contactId: contact.id, stepId }).then(() => setLogged(true), () => undefined)}
        >
          {logged ? `✓ ${t('wb.logCall')}` : t('wb.logCall')}
        </button>
      )}
    </div>
  )
}
