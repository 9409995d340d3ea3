import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StepView } from '../../../shared/model'
import type { FormErrors } from '../common/errors'
import { contract } from '../../../shared/ipc/contract'
import { LimitedText } from '../common/LimitedText'
import { recordedAt, TimeInput, type RecordedTime } from '../common/TimeInput'

const STEP_NOTE_LIMIT = contract['steps.mark'].request.shape.note.unwrap().maxLength ?? Infinity

/** Marking a step done or skipped: when (지금 unless edited), a note, and G4's / G7's judgement. */
export function MarkForm({
  step,
  status,
  now,
  errors,
  onCancel,
  onSubmit,
}: {
  step: StepView
  status: 'done' | 'skipped'
  now: Date
  errors: FormErrors
  onCancel: () => void
  onSubmit: (o: { at?: string; note: string; noFix: boolean; serious: boolean }) => void
}) {
  const { t } = useTranslation()
  const [at, setAt] = useState<RecordedTime>(null)
  const [timeError, setTimeError] = useState('')
  const [note, setNote] = useState('')
  const [noFix, setNoFix] = useState(false)
  const [serious, setSerious] = useState(false)
  const submit = () => {
    const recorded = recordedAt(at)
    if (!recorded) return setTimeError('YYYY-MM-DD HH:mm')
    setTimeError('')
    onSubmit({ ...recorded, note, noFix, serious })
  }
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
        <TimeInput value={at} onChange={setAt} now={now} label={t('wb.at')} />
        {(timeError || errors.fields.at) && <span className="field-error">{timeError || errors.fields.at}</span>}
      </label>
      <label className="field grow">
        <span>{status === 'skipped' ? t('wb.skipNote') : t('wb.stepNote')}</span>
        <LimitedText name="stepNote" autoFocus value={note} limit={STEP_NOTE_LIMIT} onValue={setNote} aria-invalid={Boolean(errors.fields.note)} />
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
