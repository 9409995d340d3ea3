import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { Region, Role } from '../../../shared/domain'
import type { AppSettings, Contact } from '../../../shared/model'
import { ContactPicker } from '../common/ContactPicker'
import { fieldError, noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { go } from '../common/route'
import { useSettings } from '../common/settingsContext'
import { BackupPanel, HistoryPanel } from './DataPanels'
import { ContactsPanel, CustomersPanel } from './Directory'
import { EmailCcFields } from './EmailCcFields'
import { HolidaysPanel } from './HolidaysPanel'
import { getIn, setIn } from './paths'
import { ShortcutField, useDesktopStatus } from './ShortcutField'

/** Settings (#/settings) and the first-run setup (#/settings/setup). */
export function SettingsPage({ section }: { section?: string }) {
  const { t } = useTranslation()
  const { settings, replace, loaded } = useSettings()
  const [draft, setDraft] = useState<AppSettings>(settings)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [status, setStatus] = useState('')
  const [contacts, setContacts] = useState<Contact[]>([])
  const desktop = useDesktopStatus(settings)

  // Saved settings arriving from the core replace the draft (React's "adjust state on prop change").
  const [shown, setShown] = useState(settings)
  if (shown !== settings) {
    setShown(settings)
    setDraft(settings)
  }
  const loadContacts = () => call('contacts.list', {}).then(setContacts, () => undefined)
  useEffect(() => void loadContacts(), [])

  const save = async (next: AppSettings = draft): Promise<boolean> => {
    try {
      const saved = await call('settings.update', { settings: next })
      replace(saved)
      setErrors(noErrors)
      setStatus(t('set.savedOk'))
      setTimeout(() => setStatus(''), 2500)
      return true
    } catch (e) {
      setErrors(toFormErrors(e))
      setStatus('')
      return false
    }
  }

  const field: FieldApi = {
    get: (path) => getIn(draft, path),
    set: (path, v) => setDraft((d) => setIn(d, path, v)),
    error: (path) => fieldError(errors, `settings.${path}`) ?? fieldError(errors, path),
  }

  if (!loaded) return <div className="card empty muted">{t('common.loading')}</div>

  if (section === 'setup') {
    return <FirstRun field={field} draft={draft} contacts={contacts} reloadContacts={loadContacts} onDone={save} errors={errors} />
  }

  const regions: Region[] = ['APJ', 'EMEA', 'AMER']

  return (
    <div className="settings">
      <div className="settings-head">
        <h1>{t('set.title')}</h1>
        <a href="#/settings/setup" className="muted">{t('set.openFirstRun')}</a>
        <span className="spacer" />
        {status && <span className="ok-msg" role="status">{status}</span>}
        {errors.message && <span className="form-error" role="alert">{errors.message}</span>}
        <button className="primary" onClick={() => void save()} data-testid="settings-save">{t('set.saveAll')}</button>
      </div>

      <div className="settings-grid">
        <Section title={t('set.partner')}>
          <PartnerFields f={field} contacts={contacts} />
          <EmailCcFields value={draft.emailCc} onChange={(v) => field.set('emailCc', v)} />
        </Section>

        <Section title={t('set.hours')}>
          <Text f={field} path="domain.calendar.open" label={t('set.open')} type="time" />
          <Text f={field} path="domain.calendar.close" label={t('set.close')} type="time" />
          <Check f={field} path="domain.calendar.holidaysAreBusinessDays" label={t('set.holidaysAreBusinessDays')} />
          <h3 className="span2">{t('set.alerts')}</h3>
          <Num f={field} path="domain.alerts.leadMinutes" label={t('set.lead')} />
          <Num f={field} path="domain.alerts.closingSoonMinutes" label={t('set.closingSoon')} />
        </Section>

        <Section title={t('set.durations')}>
          <Num f={field} path="domain.playbook.g2SelfTroubleshootBusinessDays" label={t('set.g2')} step={0.5} />
          <Num f={field} path="domain.playbook.g4DistributorBusinessDays" label={t('set.g4')} step={0.5} />
          <Num f={field} path="domain.playbook.g6FormAfterCaseOpenMinutes" label={t('set.g6')} />
          <Num f={field} path="domain.playbook.g7VeeamWorkDays" label={t('set.g7')} />
          <label className="field">
            <span>{t('set.g7Kind')}</span>
            <select value={String(field.get('domain.playbook.g7DayKind'))} onChange={(e) => field.set('domain.playbook.g7DayKind', e.target.value)}>
              <option value="business">{t('set.business')}</option>
              <option value="calendar">{t('set.calendar')}</option>
            </select>
          </label>
          <span />
          <Num f={field} path="domain.playbook.c5CallWithinMinutes.critical" label={t('set.c5Critical')} />
          <Num f={field} path="domain.playbook.c5CallWithinMinutes.sales" label={t('set.c5Sales')} />
          <Num f={field} path="reportStepToleranceMinutes" label={t('set.reportTolerance')} />
        </Section>

        <Section title={t('set.targets')}>
          <table className="mini-table span2">
            <thead>
              <tr>
                <th />
                {[1, 2, 3, 4].map((s) => (
                  <th key={s}>Sev{s}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(['production', 'basic'] as const).map((r) => (
                <tr key={r}>
                  <th>{t(`renewal.${r}`)}</th>
                  {[1, 2, 3, 4].map((s) => (
                    <td key={s}>
                      <input
                        type="number"
                        min={0.5}
                        step={0.5}
                        aria-label={`${r} Sev${s}`}
                        value={String(field.get(`domain.targets.${r}.${s}`))}
                        onChange={(e) => field.set(`domain.targets.${r}.${s}`, Number(e.target.value))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Section>

        <Section title={t('set.routing')}>
          <table className="mini-table span2">
            <thead>
              <tr>
                <th />
                <th>{t('set.zone')}</th>
                <th>{t('set.open')}</th>
                <th>{t('set.close')}</th>
                <th>{t('set.days')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r}>
                  <th>{r}</th>
                  <td>
                    <input aria-label={`${r} ${t('set.zone')}`} value={String(field.get(`domain.routing.${r}.zone`))} onChange={(e) => field.set(`domain.routing.${r}.zone`, e.target.value)} />
                  </td>
                  <td>
                    <input type="time" aria-label={`${r} ${t('set.open')}`} value={String(field.get(`domain.routing.${r}.open`))} onChange={(e) => field.set(`domain.routing.${r}.open`, e.target.value)} />
                  </td>
                  <td>
                    <input type="time" aria-label={`${r} ${t('set.close')}`} value={String(field.get(`domain.routing.${r}.close`))} onChange={(e) => field.set(`domain.routing.${r}.close`, e.target.value)} />
                  </td>
                  <td>
                    <Weekdays value={field.get(`domain.routing.${r}.days`) as number[]} onChange={(d) => field.set(`domain.routing.${r}.days`, d)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {field.error('domain.routing') && <span className="field-error span2">{field.error('domain.routing')}</span>}
        </Section>

        <Section title={t('set.app')}>
          <ShortcutField value={draft.shortcut} onChange={(v) => field.set('shortcut', v)} error={field.error('shortcut')} status={desktop} />
          <label className="field">
            <span>{t('set.language')}</span>
            <select name="language" value={draft.language} onChange={(e) => void save({ ...draft, language: e.target.value as 'ko' | 'en' })}>
              <option value="ko">한국어</option>
              <option value="en">English</option>
            </select>
          </label>
          {desktop?.startAtLoginSupported && <Check f={field} path="startAtLogin" label={t('set.startAtLogin')} />}
        </Section>
      </div>

      <HolidaysPanel draft={draft} onChange={(next) => void save(next)} />
      <ContactsPanel contacts={contacts} onChanged={loadContacts} />
      <CustomersPanel contacts={contacts} />
      <BackupPanel />
      <HistoryPanel version={settings} />
    </div>
  )
}

export interface FieldApi {
  get: (path: string) => unknown
  set: (path: string, v: unknown) => void
  error: (path: string) => string | undefined
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      <div className="form-grid">{children}</div>
    </section>
  )
}

export function Text({ f, path, label, type = 'text' }: { f: FieldApi; path: string; label: string; type?: string }) {
  const e = f.error(path)
  return (
    <label className="field">
      <span>{label}</span>
      <input name={path} type={type} value={String(f.get(path) ?? '')} aria-invalid={Boolean(e)} onChange={(ev) => f.set(path, ev.target.value)} />
      {e && <span className="field-error">{e}</span>}
    </label>
  )
}

function Num({ f, path, label, step = 1 }: { f: FieldApi; path: string; label: string; step?: number }) {
  const e = f.error(path)
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={path}
        type="number"
        step={step}
        min={0}
        value={String(f.get(path) ?? '')}
        aria-invalid={Boolean(e)}
        onChange={(ev) => f.set(path, ev.target.value === '' ? '' : Number(ev.target.value))}
      />
      {e && <span className="field-error">{e}</span>}
    </label>
  )
}

function Check({ f, path, label }: { f: FieldApi; path: string; label: string }) {
  return (
    <label className="check span2">
      <input type="checkbox" name={path} checked={Boolean(f.get(path))} onChange={(e) => f.set(path, e.target.checked)} /> {label}
    </label>
  )
}

/** The partner's own details and usual contacts: in the first-run setup and in Settings. */
function PartnerFields({ f, contacts }: { f: FieldApi; contacts: Contact[] }) {
  const { t } = useTranslation()
  const contact = (path: string, label: string, role: Role) => (
    <ContactPicker name={path} label={label} role={role} contacts={contacts} value={(f.get(path) as number | null) ?? null} onChange={(id) => f.set(path, id)} />
  )
  return (
    <>
      <Text f={f} path="partner.company" label={t('set.company')} />
      <Text f={f} path="partner.engineer" label={t('set.engineer')} />
      <Text f={f} path="partner.phone" label={t('set.phone')} />
      <Text f={f} path="partner.email" label={t('set.email')} type="email" />
      <Text f={f} path="partner.distributor" label={t('set.distributor')} />
      <Text f={f} path="veeamKoreaEmail" label={t('set.veeamKoreaEmail')} type="email" />
      {contact('defaultDistributorContactId', t('set.defaultDist'), 'distributor')}
      {contact('defaultSeContactId', t('set.defaultSe'), 'veeamSe')}
    </>
  )
}

function Weekdays({ value, onChange }: { value: number[]; onChange: (d: number[]) => void }) {
  const { t } = useTranslation()
  const names = t('set.weekdays').split(',')
  return (
    <span className="weekdays">
      {names.map((n, i) => {
        const d = i + 1
        const on = value.includes(d)
        return (
          <button
            key={d}
            type="button"
            className="day"
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((x) => x !== d) : [...value, d].sort())}
          >
            {n}
          </button>
        )
      })}
    </span>
  )
}

function FirstRun({
  field,
  draft,
  contacts,
  reloadContacts,
  onDone,
  errors,
}: {
  field: FieldApi
  draft: AppSettings
  contacts: Contact[]
  reloadContacts: () => void
  onDone: (s: AppSettings) => Promise<boolean>
  errors: FormErrors
}) {
  const { t } = useTranslation()
  const finish = async () => {
    if (await onDone({ ...draft, firstRunDone: true })) go('#/')
  }
  const skip = async () => {
    sessionStorage.setItem('setup-skipped', '1')
    go('#/')
  }
  return (
    <div className="first-run">
      <section className="card">
        <h1>{t('set.firstRun')}</h1>
        <p className="muted">{t('set.firstRunIntro')}</p>
        <div className="form-grid">
          <PartnerFields f={field} contacts={contacts} />
        </div>
        {errors.message && <p className="form-error">{errors.message}</p>}
      </section>
      <ContactsPanel contacts={contacts} onChanged={reloadContacts} compact />
      <div className="btn-row end">
        <button onClick={() => void skip()}>{t('set.skip')}</button>
        <button className="primary" onClick={() => void finish()}>{t('set.finish')}</button>
      </div>
    </div>
  )
}
