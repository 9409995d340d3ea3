import { useTranslation } from 'react-i18next'
import { toKstInput } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'

/** A KST wall-time input (datetime-local) with a "지금" button; the value is the input's own string. */
export function TimeInput({ value, onChange, name, label }: { value: string; onChange: (v: string) => void; name?: string; label: string }) {
  const { t } = useTranslation()
  return (
    <span className="time-input">
      <input type="datetime-local" name={name} aria-label={`${label} (KST)`} value={value} onChange={(e) => onChange(e.target.value)} />
      <span className="muted small">KST</span>
      <button type="button" className="link" onClick={() => onChange(toKstInput(hostNow()))}>{t('common.now')}</button>
    </span>
  )
}
