import { useTranslation } from 'react-i18next'
import type { AlertSettings, CalendarSettings, PlaybookSettings } from '../../../shared/domain'
import { CheckField, NumberField, Section, TextField } from './fields'
import { at, type Slice } from './slice'

/** Korean business hours and when alerts fire. */
export function HoursSection({ calendar, alerts }: { calendar: Slice<CalendarSettings>; alerts: Slice<AlertSettings> }) {
  const { t } = useTranslation()
  return (
    <Section title={t('set.hours')}>
      <TextField field={at(calendar, 'open')} label={t('set.open')} type="time" />
      <TextField field={at(calendar, 'close')} label={t('set.close')} type="time" />
      <CheckField field={at(calendar, 'holidaysAreBusinessDays')} label={t('set.holidaysAreBusinessDays')} />
      <h3 className="span2">{t('set.alerts')}</h3>
      <NumberField field={at(alerts, 'leadMinutes')} label={t('set.lead')} />
      <NumberField field={at(alerts, 'closingSoonMinutes')} label={t('set.closingSoon')} />
    </Section>
  )
}

/** The playbook's waiting times, and the SLA report's tolerance for immediate steps. */
export function DurationsSection({ playbook, tolerance }: { playbook: Slice<PlaybookSettings>; tolerance: Slice<number> }) {
  const { t } = useTranslation()
  const dayKind = at(playbook, 'g7DayKind')
  const c5 = at(playbook, 'c5CallWithinMinutes')
  return (
    <Section title={t('set.durations')}>
      <NumberField field={at(playbook, 'g2SelfTroubleshootBusinessDays')} label={t('set.g2')} step={0.5} />
      <NumberField field={at(playbook, 'g4DistributorBusinessDays')} label={t('set.g4')} step={0.5} />
      <NumberField field={at(playbook, 'g6FormAfterCaseOpenMinutes')} label={t('set.g6')} />
      <NumberField field={at(playbook, 'g7VeeamWorkDays')} label={t('set.g7')} />
      <label className="field">
        <span>{t('set.g7Kind')}</span>
        <select value={dayKind.value} onChange={(e) => dayKind.onChange(e.target.value as PlaybookSettings['g7DayKind'])}>
          <option value="business">{t('set.business')}</option>
          <option value="calendar">{t('set.calendar')}</option>
        </select>
      </label>
      <span />
      <NumberField field={at(c5, 'critical')} label={t('set.c5Critical')} />
      <NumberField field={at(c5, 'sales')} label={t('set.c5Sales')} />
      <NumberField field={tolerance} label={t('set.reportTolerance')} />
    </Section>
  )
}
