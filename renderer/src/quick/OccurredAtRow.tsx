import { useTranslation } from 'react-i18next'
import { toKstInput } from '../../../shared/format/kst'
import { FieldError } from './FieldError'

/**
 * When the problem first occurred (KST): what the user typed, else `instant` (the time to be saved,
 * e.g. read from the line), else empty with the hint that saving records the moment of saving.
 */
export function OccurredAtRow({ value, instant, error, onChange }: { value: string; instant: string | null; error?: string; onChange: (v: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="qrow">
      <label className="qlabel" htmlFor="q-occurred">{t('quick.line.occurredAt')}</label>
      <input
        id="q-occurred"
        type="datetime-local"
        name="firstOccurredAt"
        value={value || (instant ? toKstInput(new Date(instant)) : '')}
        aria-invalid={Boolean(error)}
        onChange={(e) => onChange(e.target.value)}
      />
      {!instant && <span className="hint">{t('quick.line.occurredNow')}</span>}
      <FieldError text={error} />
    </div>
  )
}
