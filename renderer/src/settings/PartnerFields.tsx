import { useTranslation } from 'react-i18next'
import type { Role } from '../../../shared/domain'
import type { AppSettings, Contact } from '../../../shared/model'
import { ContactPicker } from '../common/ContactPicker'
import { TextField } from './fields'
import { at, type Slice } from './slice'

export const PARTNER_KEYS = ['partner', 'veeamKoreaEmail', 'defaultDistributorContactId', 'defaultSeContactId'] as const
export type PartnerSettings = Pick<AppSettings, (typeof PARTNER_KEYS)[number]>

/** The partner's own details and usual contacts: in the first-run setup and in Settings. */
export function PartnerFields({ value, contacts }: { value: Slice<PartnerSettings>; contacts: Contact[] }) {
  const { t } = useTranslation()
  const partner = at(value, 'partner')
  const contact = (key: 'defaultDistributorContactId' | 'defaultSeContactId', label: string, role: Role) => {
    const field = at(value, key)
    return <ContactPicker name={field.path} label={label} role={role} contacts={contacts} value={field.value ?? null} onChange={field.onChange} />
  }
  return (
    <>
      <TextField field={at(partner, 'company')} label={t('set.company')} />
      <TextField field={at(partner, 'engineer')} label={t('set.engineer')} />
      <TextField field={at(partner, 'phone')} label={t('set.phone')} />
      <TextField field={at(partner, 'email')} label={t('set.email')} type="email" />
      <TextField field={at(partner, 'distributor')} label={t('set.distributor')} />
      <TextField field={at(value, 'veeamKoreaEmail')} label={t('set.veeamKoreaEmail')} type="email" />
      {contact('defaultDistributorContactId', t('set.defaultDist'), 'distributor')}
      {contact('defaultSeContactId', t('set.defaultSe'), 'veeamSe')}
    </>
  )
}
