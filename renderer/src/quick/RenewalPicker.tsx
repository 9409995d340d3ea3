import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { RENEWALS, type Renewal } from '../../../shared/domain/vocabulary'
import { CUSTOMER_STATUSES, type CustomerStatus } from '../../../shared/model/customerStatus'
import { FieldError } from './FieldError'
import { renewalFromKey, renewalFromText } from './keys'

interface Props {
  renewal: Renewal | null
  onRenewal: (renewal: Renewal | null) => void
  status: CustomerStatus
  onStatus: (status: CustomerStatus) => void
  /** No customer named and no renewal chosen: Production applies, and the hint says so. */
  defaulted: boolean
  error?: string
}

/** Renewal (P / B keys, also as the Korean IME's ㅔ / ㅠ) and status, for a customer not in the directory. */
export function RenewalPicker({ renewal, onRenewal, status, onStatus, defaulted, error }: Props) {
  const { t } = useTranslation()
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab' || e.key === 'Enter' || e.key === 'Escape') return
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault()
      return onRenewal(null)
    }
    const r = renewalFromKey({ key: e.key, code: e.code })
    if (r || e.key.length === 1) e.preventDefault()
    if (r) onRenewal(r)
  }
  return (
    <div className="qrow">
      <label className="qlabel" htmlFor="q-renewal">{t('quick.renewal')}</label>
      <div className="renewal-pick">
        <input
          id="q-renewal"
          name="renewal"
          className={`renewal-input ${renewal ? 'chosen' : ''}`}
          placeholder={t('quick.renewalPh')}
          autoComplete="off"
          value={renewal ? t(`renewal.${renewal}`) : ''}
          aria-invalid={Boolean(error)}
          aria-describedby="q-renewal-hint"
          onKeyDown={onKeyDown}
          onChange={(e) => onRenewal(renewalFromText(e.target.value))}
        />
        <div className="seg small" role="group" aria-label={t('quick.renewal')}>
          {RENEWALS.map((r) => (
            <button key={r} type="button" tabIndex={-1} className="seg-btn" data-renewal={r} aria-pressed={renewal === r} onClick={() => onRenewal(r)}>
              <kbd>{r === 'production' ? 'P' : 'B'}</kbd> {t(`renewal.${r}`)}
            </button>
          ))}
        </div>
        <select name="customerStatus" aria-label={t('quick.status')} value={status} onChange={(e) => onStatus(e.target.value as CustomerStatus)}>
          {CUSTOMER_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`customerStatus.${s}`)}</option>
          ))}
        </select>
      </div>
      <span id="q-renewal-hint" className="hint">{defaulted ? t('quick.renewalNoCustomer') : t('quick.renewalHint')}</span>
      <FieldError text={error} />
    </div>
  )
}
