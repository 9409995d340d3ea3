// Longer than ~250 lines on purpose: one form of every editable field of an issue, each a few lines of
// JSX sharing the same draft, save-on-blur and error helpers; split parts would pass all of them around.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { ProblemTypeSchema, TrackSchema } from '../../../shared/domain'
import { CustomerStatusSchema, IssueEditableSchema, type IssueDetail, type IssueEditable } from '../../../shared/model'
import { ContactPicker } from '../common/ContactPicker'
import { fieldError, noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { LimitedText } from '../common/LimitedText'
import { fromKstInput, toKstInput } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'

type Draft = Omit<IssueEditable, 'firstOccurredAt' | 'sev1ConsultedAt'> & { firstOccurredAt: string; sev1ConsultedAt: string }

const toDraft = (d: IssueDetail): Draft => ({
  ...(Object.fromEntries(Object.keys(d.issue).map((k) => [k, d.issue[k as keyof typeof d.issue]])) as unknown as IssueEditable),
  firstOccurredAt: toKstInput(d.issue.firstOccurredAt),
  sev1ConsultedAt: d.issue.sev1ConsultedAt ? toKstInput(d.issue.sev1ConsultedAt) : toKstInput(hostNow()),
})

/** Each text field's limit, read from the contract's schema so the counter and the core agree. */
const limitOf = (k: 'title' | 'customerName' | 'product' | 'version' | (typeof TEXT_AREAS)[number]): number =>
  IssueEditableSchema.shape[k].maxLength ?? Infinity

const TEXT_AREAS = ['symptoms', 'errorMessage', 'businessImpact', 'requestToVeeam'] as const
const CHECKS = ['prereqCheckedPartner', 'prereqCheckedDistributor', 'qaDevInvolved'] as const

/** Every editable field of the issue; each saves on blur or change, and the core logs it in the timeline. */
export function IssueEditor({ detail, readOnly, onSaved }: { detail: IssueDetail; readOnly: boolean; onSaved: () => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => toDraft(detail))
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [savedField, setSavedField] = useState('')
  const { issue, contacts } = detail

  // A change elsewhere (another window, a step) refreshes the fields that are not being edited.
  useEffect(() => {
    setDraft((d) => {
      const fresh = toDraft(detail)
      const focused = (document.activeElement as HTMLInputElement | null)?.name
      return focused && focused in d ? { ...fresh, [focused]: d[focused as keyof Draft] } : fresh
    })
  }, [detail])

  const save = async (patch: Partial<IssueEditable>, field: string) => {
    const changed = Object.entries(patch).some(([k, v]) => issue[k as keyof IssueEditable] !== v)
    if (!changed) return
    try {
      await call('issues.update', { id: issue.id, patch })
      setErrors(noErrors)
      setSavedField(field)
      setTimeout(() => setSavedField((f) => (f === field ? '' : f)), 1500)
      onSaved()
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }))
  const err = (k: string) => fieldError(errors, k) ?? fieldError(errors, `patch.${k}`)
  const mark = (k: string) => (savedField === k ? <span className="ok-msg"> ✓ {t('common.saved')}</span> : null)
  const ses = contacts.filter((c) => c.role === 'veeamSe')

  const text = (k: 'title' | 'customerName' | 'product' | 'version') => (
    <label className={`field ${k === 'title' ? 'span2' : ''}`}>
      <span>
        {t(`wb.fields.${k}`)}
        {mark(k)}
      </span>
      <LimitedText
        name={k}
        value={draft[k]}
        limit={limitOf(k)}
        disabled={readOnly}
        aria-invalid={Boolean(err(k))}
        onValue={(v) => set(k, v)}
        onBlur={() => draft[k].length <= limitOf(k) && void save({ [k]: draft[k] }, k)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.nativeEvent.keyCode !== 229) (e.target as HTMLInputElement).blur()
        }}
      />
      {err(k) && <span className="field-error">{err(k)}</span>}
    </label>
  )

  const select = <K extends 'track' | 'problemType' | 'customerStatus' | 'renewal'>(k: K, options: readonly string[], prefix: string) => (
    <label className="field">
      <span>
        {t(`wb.fields.${k}`)}
        {mark(k)}
      </span>
      <select
        name={k}
        value={draft[k]}
        disabled={readOnly}
        onChange={(e) => {
          set(k, e.target.value as Draft[K])
          void save({ [k]: e.target.value } as Partial<IssueEditable>, k)
        }}
      >
        {options.map((o) => (
          <option key={o} value={o}>{t(`${prefix}.${o}`)}</option>
        ))}
      </select>
      {err(k) && <span className="field-error">{err(k)}</span>}
    </label>
  )

  const sev1Patch = (seId: number | null, atInput: string): Partial<IssueEditable> => ({
    severity: 1,
    sev1ConsultedSeId: seId,
    sev1ConsultedAt: fromKstInput(atInput) ?? hostNow().toISOString(),
  })

  return (
    <section className="card editor" aria-label={t('wb.details')}>
      <h2>{t('wb.details')}</h2>
      <div className="form-grid">
        {text('title')}
        {select('track', TrackSchema.options, 'trackLong')}
        {select('problemType', ProblemTypeSchema.options, 'problem')}
        {text('customerName')}
        {select('customerStatus', CustomerStatusSchema.options, 'customerStatus')}
        {text('product')}
        {text('version')}
        {select('renewal', ['production', 'basic'], 'renewal')}
        <label className="field">
          <span>
            {t('wb.fields.severity')}
            {mark('severity')}
          </span>
          <select
            name="severity"
            value={draft.severity}
            disabled={readOnly}
            aria-invalid={Boolean(err('severity'))}
            onChange={(e) => {
              const s = Number(e.target.value) as IssueEditable['severity']
              set('severity', s)
              if (s === 1) void save(sev1Patch(draft.sev1ConsultedSeId, draft.sev1ConsultedAt), 'severity')
              else void save({ severity: s }, 'severity')
            }}
          >
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>Sev{s}</option>
            ))}
          </select>
        </label>
        {draft.severity === 1 && (
          <>
            <label className="field">
              <span>{t('wb.fields.sev1ConsultedSeId')}</span>
              <select
                name="sev1ConsultedSeId"
                value={draft.sev1ConsultedSeId ?? ''}
                disabled={readOnly}
                onChange={(e) => {
                  const id = e.target.value ? Number(e.target.value) : null
                  set('sev1ConsultedSeId', id)
                  void save(sev1Patch(id, draft.sev1ConsultedAt), 'severity')
                }}
              >
                <option value="">—</option>
                {ses.map((c) => (
                  <option key={c.id} value={c.id}>{c.name}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('wb.fields.sev1ConsultedAt')} (KST)</span>
              <input
                type="datetime-local"
                name="sev1ConsultedAt"
                value={draft.sev1ConsultedAt}
                disabled={readOnly}
                onChange={(e) => set('sev1ConsultedAt', e.target.value)}
                onBlur={() => issue.severity === 1 && void save({ sev1ConsultedAt: fromKstInput(draft.sev1ConsultedAt) ?? issue.sev1ConsultedAt }, 'severity')}
              />
            </label>
          </>
        )}
        {err('severity') && <p className="field-error span2 sev-error" role="alert">{err('severity')}</p>}
        <ContactPicker
          label={<>{t('wb.fields.distributorContactId')}{mark('distributorContactId')}</>}
          name="distributorContactId"
          role="distributor"
          contacts={contacts}
          value={draft.distributorContactId}
          disabled={readOnly}
          onChange={(id) => {
            set('distributorContactId', id)
            void save({ distributorContactId: id }, 'distributorContactId')
          }}
        />
        <ContactPicker
          label={<>{t('wb.fields.seContactId')}{mark('seContactId')}</>}
          name="seContactId"
          role="veeamSe"
          contacts={contacts}
          value={draft.seContactId}
          disabled={readOnly}
          onChange={(id) => {
            set('seContactId', id)
            void save({ seContactId: id }, 'seContactId')
          }}
        />
        <label className="field">
          <span>
            {t('wb.fields.firstOccurredAt')} (KST)
            {mark('firstOccurredAt')}
          </span>
          <input
            type="datetime-local"
            name="firstOccurredAt"
            value={draft.firstOccurredAt}
            disabled={readOnly}
            aria-invalid={Boolean(err('firstOccurredAt'))}
            onChange={(e) => set('firstOccurredAt', e.target.value)}
            onBlur={() => {
              const iso = fromKstInput(draft.firstOccurredAt)
              if (iso) void save({ firstOccurredAt: iso }, 'firstOccurredAt')
            }}
          />
          {err('firstOccurredAt') && <span className="field-error">{err('firstOccurredAt')}</span>}
        </label>
        <div className="checks span2">
          {CHECKS.map((k) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                name={k}
                checked={draft[k]}
                disabled={readOnly}
                onChange={(e) => {
                  set(k, e.target.checked)
                  void save({ [k]: e.target.checked }, k)
                }}
              />
              {t(`wb.fields.${k}`)}
              {mark(k)}
            </label>
          ))}
        </div>
        {TEXT_AREAS.map((k) => (
          <label key={k} className="field span2">
            <span>
              {t(`wb.fields.${k}`)}
              {mark(k)}
            </span>
            <LimitedText
              multiline
              name={k}
              rows={k === 'errorMessage' ? 4 : 3}
              value={draft[k]}
              limit={limitOf(k)}
              disabled={readOnly}
              className={k === 'errorMessage' ? '' : 'prose'}
              onValue={(v) => set(k, v)}
              onBlur={() => draft[k].length <= limitOf(k) && void save({ [k]: draft[k] }, k)}
            />
            {err(k) && <span className="field-error">{err(k)}</span>}
          </label>
        ))}
      </div>
      {errors.message && Object.keys(errors.fields).length === 0 && <p className="form-error" role="alert">{errors.message}</p>}
    </section>
  )
}
