import type { TFunction } from 'i18next'
import type { Contact, TimelineEvent } from '../../../shared/model'
import type { Lang } from '../../../shared/format/duration'
import { formatKstFull } from '../../../shared/format/kst'

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const ENUM_FIELDS: Record<string, string> = {
  track: 'track',
  problemType: 'problem',
  customerStatus: 'customerStatus',
  renewal: 'renewal',
  status: 'status',
}
const CONTACT_FIELDS = new Set(['sev1ConsultedSeId', 'distributorContactId', 'seContactId'])

/** One timeline event as a readable line in the UI language. */
export function describeEvent(ev: TimelineEvent, t: TFunction, _lang: Lang, contacts: Contact[]): string {
  const d = ev.data as Record<string, unknown>
  const value = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return t('tl.empty')
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
    if (field === 'severity') return `Sev${String(v)}`
    if (ENUM_FIELDS[field]) return t(`${ENUM_FIELDS[field]}.${String(v)}`)
    if (CONTACT_FIELDS.has(field)) return contacts.find((c) => c.id === v)?.name ?? `#${String(v)}`
    const s = String(v)
    if (ISO.test(s)) return formatKstFull(s)
    return s.length > 80 ? s.slice(0, 79) + '…' : s
  }
  switch (ev.kind) {
    case 'created':
      return t('tl.created', { track: t(`track.${String(d.track)}`), severity: d.severity })
    case 'fieldChanged': {
      const field = String(d.field)
      return t('tl.fieldChanged', { field: t(`wb.fields.${field}`, { defaultValue: field }), old: value(field, d.old), new: value(field, d.new) })
    }
    case 'stepDone':
    case 'stepSkipped': {
      const extra = [d.noFix ? t('wb.noFix') : '', d.serious ? t('wb.serious') : '', d.note ? String(d.note) : ''].filter(Boolean)
      return t(`tl.${ev.kind}`, { step: d.stepId }) + (extra.length ? ` — ${extra.join(' · ')}` : '')
    }
    case 'stepReopened':
      return t('tl.stepReopened', { step: d.stepId })
    case 'call':
      return t('tl.call', { name: d.name ?? '', phone: d.phone || '—' }) + (d.stepId ? ` · ${String(d.stepId)}` : '')
    case 'search':
      return t('tl.search', { where: String(d.where).toUpperCase() === 'KB' ? 'KB' : capital(String(d.where)), query: value('q', d.query) })
    case 'caseOpened':
      return t('tl.caseOpened', { caseNumber: d.caseNumber, region: d.region ?? '—' })
    case 'tierChanged':
      return t('tl.tierChanged', { old: d.old, new: d.new })
    case 'sev1Consulted':
      return t('tl.sev1Consulted', { seName: d.seName ?? '—' })
    case 'note':
      return String(d.text ?? '')
    case 'deadlineMissed':
      return t('tl.deadlineMissed', { target: d.targetLabel ?? d.target ?? d.stepId ?? '', due: d.dueAt ? formatKstFull(String(d.dueAt)) : '' })
    case 'exportMade':
      return `${t('tl.exportMade')}: ${(d.files as string[] | undefined)?.join(', ') ?? ''}`
    case 'snoozed':
      return t('tl.snoozed', { minutes: d.minutes })
    default:
      return t(`tl.${ev.kind}`)
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
