/** Setting paths (as the settings history records them) → the label the Settings page shows for them. */
export const SETTING_LABEL_KEYS: Readonly<Record<string, string>> = {
  'partner.company': 'set.company',
  'partner.engineer': 'set.engineer',
  'partner.phone': 'set.phone',
  'partner.email': 'set.email',
  'partner.distributor': 'set.distributor',
  veeamKoreaEmail: 'set.veeamKoreaEmail',
  'emailCc.distributor': 'set.emailCcDistributor',
  'emailCc.veeamSe': 'set.emailCcSe',
  defaultDistributorContactId: 'set.defaultDist',
  defaultSeContactId: 'set.defaultSe',
  shortcut: 'set.shortcut',
  startAtLogin: 'set.startAtLogin',
  language: 'set.language',
  'domain.calendar.open': 'set.open',
  'domain.calendar.close': 'set.close',
  'domain.calendar.holidaysAreBusinessDays': 'set.holidaysAreBusinessDays',
  'domain.calendar.addedHolidays': 'set.addHoliday',
  'domain.calendar.removedHolidays': 'set.removed',
  'domain.alerts.leadMinutes': 'set.lead',
  'domain.alerts.closingSoonMinutes': 'set.closingSoon',
  'domain.playbook.g2SelfTroubleshootBusinessDays': 'set.g2',
  'domain.playbook.g4DistributorBusinessDays': 'set.g4',
  'domain.playbook.g6FormAfterCaseOpenMinutes': 'set.g6',
  'domain.playbook.g7VeeamWorkDays': 'set.g7',
  'domain.playbook.c5CallWithinMinutes.critical': 'set.c5Critical',
  'domain.playbook.c5CallWithinMinutes.sales': 'set.c5Sales',
  reportStepToleranceMinutes: 'set.reportTolerance',
}

type T = (key: string) => string
type Named = { id: number; name: string }

/** A settings-history path as the Settings page names it, e.g. "목표 응답 시간 (시간) · Basic Sev2", never the raw key. */
export function settingLabel(path: string, t: T): string {
  if (SETTING_LABEL_KEYS[path]) return t(SETTING_LABEL_KEYS[path])
  const parts = path.split('.')
  if (parts[0] === 'domain' && parts[1] === 'routing' && parts.length === 4) return `${t('set.routing')} · ${parts[2]} ${t(`set.${parts[3]}`)}`
  if (parts[0] === 'domain' && parts[1] === 'targets' && parts.length === 4) return `${t('set.targets')} · ${t(`renewal.${parts[2]}`)} Sev${parts[3]}`
  if (path === 'domain.playbook.g7DayKind') return t('set.g7Kind')
  if (path === 'firstRunDone') return t('set.firstRunDone')
  return path
}

/** A recorded value in words: contacts by name, choices by their label, weekdays by name, yes/no. */
export function settingValue(path: string, value: unknown, t: T, contacts: readonly Named[]): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no')
  if (path === 'defaultDistributorContactId' || path === 'defaultSeContactId') {
    return contacts.find((c) => c.id === value)?.name ?? t('set.deletedContact')
  }
  if (path === 'language') return value === 'en' ? 'English' : '한국어'
  if (path === 'domain.playbook.g7DayKind') return t(value === 'calendar' ? 'set.calendar' : 'set.business')
  if (path.endsWith('.days') && Array.isArray(value)) {
    const names = t('set.weekdays').split(',')
    return value.map((d) => names[Number(d) - 1] ?? String(d)).join(', ')
  }
  const s = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : JSON.stringify(value)
  return s.length > 60 ? s.slice(0, 59) + '…' : s
}
