import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { Role } from '../../../shared/domain'
import type { Contact, IssueDetail, StepView } from '../../../shared/model'
import { noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { formatCountdown, urgencyOf, type Lang } from '../../../shared/format/duration'
import { formatKstShort } from '../../../shared/format/kst'
import { Callee } from './Callee'
import { allCallsLogged, callLogged } from './callsLogged'
import { MarkForm } from './MarkForm'

type Pending = { stepId: string; status: 'done' | 'skipped' } | null

/** The playbook checklist: due time in KST, countdown, done/skip, whom to call. */
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
        ...(opts.at ? { at: opts.at } : {}),
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
                    <Callee
                      key={role}
                      role={role}
                      contact={contactFor(detail, role)}
                      issueId={detail.issue.id}
                      stepId={step.id}
                      readOnly={readOnly}
                      logged={callLogged(detail, step.id, role)}
                    />
                  ))}
                </div>
              )}
              {!finished && !readOnly && pending?.stepId !== step.id && allCallsLogged(detail, step) && (
                <div className="offer" role="status" data-testid="calls-done-offer">
                  <span>{t('wb.callsDone', { id: step.id })}</span>
                  <button className="small primary" onClick={() => void mark(step, 'done')}>{t('wb.callsDoneComplete', { id: step.id })}</button>
                </div>
              )}
              {pending?.stepId === step.id && (
                <MarkForm
                  step={step}
                  status={pending.status}
                  now={now}
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

/** The issue's named contact for a role, else any contact with that role. */
export function contactFor(detail: IssueDetail, role: Role): Contact | null {
  const id = role === 'distributor' ? detail.issue.distributorContactId : role === 'veeamSe' ? detail.issue.seContactId : null
  return detail.contacts.find((c) => c.id === id) ?? detail.contacts.find((c) => c.role === role) ?? null
}
