import { useTranslation } from 'react-i18next'
import { fromKstInput, toKstInput } from '../../../shared/format/kst'

/**
 * A recorded time: `null` is "지금" — the field follows the clock, and the request carries no time,
 * so the core records the moment the action arrives. Typing a time makes it "entered", taken as typed.
 */
export type RecordedTime = string | null

/** The request's `at` for a recorded time: omitted for "지금"; null when the typed text is not a time. */
export function recordedAt(value: RecordedTime): { at?: string } | null {
  if (value === null) return {}
  const at = fromKstInput(value)
  return at ? { at } : null
}

/** A KST wall-time input (datetime-local) that shows a live "지금" until edited, with a button back to "지금". */
export function TimeInput({
  value,
  onChange,
  now,
  name,
  label,
}: {
  value: RecordedTime
  onChange: (v: RecordedTime) => void
  now: Date
  name?: string
  label: string
}) {
  const { t } = useTranslation()
  const live = value === null
  return (
    <span className={`time-input${live ? ' live' : ''}`}>
      <input
        type="datetime-local"
        name={name}
        aria-label={`${label} (KST)`}
        value={live ? toKstInput(now) : value}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="muted small">KST</span>
      {live ? (
        <span className="chip now-chip" data-testid="time-live">{t('common.now')}</span>
      ) : (
        <button type="button" className="link" onClick={() => onChange(null)}>{t('common.now')}</button>
      )}
    </span>
  )
}
