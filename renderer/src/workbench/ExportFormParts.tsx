import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FormField } from '../../../shared/form/registrationForm'

/** "케이스 번호 (Escalation Support 번호)" → "케이스 번호": the warning names fields briefly. */
const shortLabel = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '') || label

/** The warning above the form: which required fields are empty (each a link to it), and where the partner's details are set. */
export function MissingFields({ missing, partnerMissing, focusField }: { missing: FormField[]; partnerMissing: boolean; focusField: (key: string) => void }) {
  const { t } = useTranslation()
  return (
    <div className="xp-missing" role="status" data-testid="export-missing">
      <span className="xp-missing-icon" aria-hidden>!</span>
      <div>
        <p>
          {t('wb.exportMissing', { fields: '\u0000' })
            .split('\u0000')
            .flatMap((part, i) =>
              i === 0
                ? [part]
                : [
                    <span key="fields" className="xp-missing-list">
                      {missing.map((x, j) => (
                        <span key={x.key}>
                          {j > 0 && ', '}
                          <button type="button" className="link" onClick={() => focusField(x.key)}>{shortLabel(x.label)}</button>
                        </span>
                      ))}
                    </span>,
                    part,
                  ],
            )}
        </p>
        {partnerMissing && (
          <p className="small">
            {t('wb.exportMissingPartner')} · <a href="#/settings/setup">{t('wb.exportOpenSettings')}</a>
          </p>
        )}
      </div>
    </div>
  )
}

/** One field of the form preview: its label (required ones starred) and an input, or a textarea for a section. */
export function FormRow({ item, multiline, onChange }: { item: FormField; multiline?: boolean; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const empty = item.value.trim() === ''
  const cls = empty && item.required ? 'missing' : ''
  const placeholder = item.required ? t('wb.exportEmpty') : t('wb.exportEmptyOptional')
  return (
    <>
      <label className={`xp-label ${cls}`} htmlFor={id}>
        <span>
          {item.label}
          {item.required && <span className="xp-req" title={t('wb.exportRequired')} aria-hidden> *</span>}
        </span>
      </label>
      <div className="xp-value">
        {multiline ? (
          <textarea
            id={id}
            name={item.key}
            data-key={item.key}
            className={cls}
            rows={Math.min(14, Math.max(3, item.value.split('\n').length + 1))}
            value={item.value}
            placeholder={placeholder}
            aria-required={item.required}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={item.key}
            data-key={item.key}
            className={cls}
            value={item.value}
            placeholder={placeholder}
            aria-required={item.required}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </div>
    </>
  )
}
