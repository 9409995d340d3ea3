import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'

/** The longest start of `text` within `limit` UTF-16 units (the unit zod counts) that does not split a character. */
export function trimToLimit(text: string, limit: number): string {
  let out = ''
  for (const ch of text) {
    if (out.length + ch.length > limit) break
    out += ch
  }
  return out
}

type Common = { value: string; limit: number; onValue: (v: string) => void }
type Props =
  | (Common & { multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>)
  | (Common & { multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>)

/**
 * A text field with a length limit: a counter beside it, and text over the limit (e.g. pasted) is
 * kept as typed and offered trimmed — never cut silently (no `maxLength`, which would drop the rest).
 */
export function LimitedText(props: Props) {
  const { t } = useTranslation()
  const { value, limit, onValue, multiline, ...rest } = props
  const over = value.length > limit
  const field = multiline ? (
    <textarea {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} value={value} aria-invalid={over || rest['aria-invalid']} onChange={(e) => onValue(e.target.value)} />
  ) : (
    <input {...(rest as InputHTMLAttributes<HTMLInputElement>)} value={value} aria-invalid={over || rest['aria-invalid']} onChange={(e) => onValue(e.target.value)} />
  )
  return (
    <>
      {field}
      <span className={`counter small tabular${over ? ' over' : ' muted'}`} data-testid="counter" aria-live="polite">
        {t('limit.counter', { n: value.length.toLocaleString(), max: limit.toLocaleString() })}
      </span>
      {over && (
        <span className="field-error over-limit" role="alert">
          {t('limit.over', { n: (value.length - limit).toLocaleString(), max: limit.toLocaleString() })}{' '}
          <button type="button" className="small" onMouseDown={(e) => e.preventDefault()} onClick={() => onValue(trimToLimit(value, limit))}>
            {t('limit.trim', { max: limit.toLocaleString() })}
          </button>
        </span>
      )}
    </>
  )
}
