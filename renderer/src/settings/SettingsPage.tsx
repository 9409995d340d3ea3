import { useTranslation } from 'react-i18next'
import { useChannel } from '../common/useChannel'
import { AppSection, APP_KEYS } from './AppSection'
import { BackupPanel, HistoryPanel } from './DataPanels'
import { ContactsPanel, CustomersPanel } from './Directory'
import { EmailCcFields } from './EmailCcFields'
import { Section } from './fields'
import { FirstRun } from './FirstRun'
import { HolidaysPanel } from './HolidaysPanel'
import { PARTNER_KEYS, PartnerFields } from './PartnerFields'
import { DurationsSection, HoursSection } from './ScheduleSections'
import { useDesktopStatus } from './ShortcutField'
import { at, pick } from './slice'
import { RoutingSection, TargetsSection } from './TableSections'
import { useSettingsDraft } from './useSettingsDraft'

/** Settings (#/settings) and the first-run setup (#/settings/setup): each section edits its typed part of one draft. */
export function SettingsPage({ section }: { section?: string }) {
  const { t } = useTranslation()
  const { settings, loaded, draft, root, errors, status, save } = useSettingsDraft()
  const contactList = useChannel('contacts.list', {})
  const contacts = contactList.data ?? []
  const reloadContacts = () => void contactList.reload()
  const desktop = useDesktopStatus(settings)

  if (!loaded) return <div className="card empty muted">{t('common.loading')}</div>

  if (section === 'setup') {
    return <FirstRun settings={root} contacts={contacts} reloadContacts={reloadContacts} onDone={save} errors={errors} />
  }

  const domain = at(root, 'domain')
  const emailCc = at(root, 'emailCc')
  return (
    <div className="settings">
      <div className="settings-head">
        <h1>{t('set.title')}</h1>
        <a href="#/settings/setup" className="muted">{t('set.openFirstRun')}</a>
        <span className="spacer" />
        {status && <span className="ok-msg" role="status">{status}</span>}
        {errors.message && <span className="form-error" role="alert">{errors.message}</span>}
        {contactList.error && <span className="form-error" role="alert">{contactList.error}</span>}
        <button className="primary" onClick={() => void save()} data-testid="settings-save">{t('set.saveAll')}</button>
      </div>

      <div className="settings-grid">
        <Section title={t('set.partner')}>
          <PartnerFields value={pick(root, PARTNER_KEYS)} contacts={contacts} />
          <EmailCcFields value={emailCc.value} onChange={emailCc.onChange} />
        </Section>
        <HoursSection calendar={at(domain, 'calendar')} alerts={at(domain, 'alerts')} />
        <DurationsSection playbook={at(domain, 'playbook')} tolerance={at(root, 'reportStepToleranceMinutes')} />
        <TargetsSection targets={at(domain, 'targets')} />
        <RoutingSection routing={at(domain, 'routing')} />
        <AppSection
          value={pick(root, APP_KEYS)}
          desktop={desktop}
          language={draft.language}
          onLanguage={(language) => void save({ ...draft, language })}
        />
      </div>

      <HolidaysPanel draft={draft} onChange={(next) => void save(next)} />
      <ContactsPanel contacts={contacts} onChanged={reloadContacts} />
      <CustomersPanel contacts={contacts} />
      <BackupPanel />
      <HistoryPanel version={settings} />
    </div>
  )
}
