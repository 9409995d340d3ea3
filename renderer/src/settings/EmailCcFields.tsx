import { useTranslation } from 'react-i18next'
import type { AppSettings } from '../../../shared/model'

type EmailCc = AppSettings['emailCc']

/** Who the registration form's e-mail draft copies besides the partner (their contact's address, when known). */
export function EmailCcFields({ value, onChange }: { value: EmailCc; onChange: (next: EmailCc) => void }) {
  const { t } = useTranslation()
  const box = (key: keyof EmailCc, label: string) => (
    <label className="check">
      <input type="checkbox" name={`emailCc.${key}`} checked={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.checked })} /> {label}
    </label>
  )
  return (
    <fieldset className="span2 email-cc" data-testid="settings-email-cc">
      <legend>{t('set.emailCc')}</legend>
      {box('distributor', t('set.emailCcDistributor'))}
      {box('veeamSe', t('set.emailCcSe'))}
    </fieldset>
  )
}
