import { useTranslation } from 'react-i18next'
import type { AppSettings, Contact } from '../../../shared/model'
import type { FormErrors } from '../common/errors'
import { go } from '../common/route'
import { ContactsPanel } from './Directory'
import { PARTNER_KEYS, PartnerFields } from './PartnerFields'
import { pick, type Slice } from './slice'

/** The first-run setup (#/settings/setup): the partner's details and contacts, then finish or skip. */
export function FirstRun({
  settings,
  contacts,
  reloadContacts,
  onDone,
  errors,
}: {
  settings: Slice<AppSettings>
  contacts: Contact[]
  reloadContacts: () => void
  onDone: (s: AppSettings) => Promise<boolean>
  errors: FormErrors
}) {
  const { t } = useTranslation()
  const finish = async () => {
    if (await onDone({ ...settings.value, firstRunDone: true })) go('#/')
  }
  const skip = () => {
    sessionStorage.setItem('setup-skipped', '1')
    go('#/')
  }
  return (
    <div className="first-run">
      <section className="card">
        <h1>{t('set.firstRun')}</h1>
        <p className="muted">{t('set.firstRunIntro')}</p>
        <div className="form-grid">
          <PartnerFields value={pick(settings, PARTNER_KEYS)} contacts={contacts} />
        </div>
        {errors.message && <p className="form-error">{errors.message}</p>}
      </section>
      <ContactsPanel contacts={contacts} onChanged={reloadContacts} compact />
      <div className="btn-row end">
        <button onClick={skip}>{t('set.skip')}</button>
        <button className="primary" onClick={() => void finish()}>{t('set.finish')}</button>
      </div>
    </div>
  )
}
