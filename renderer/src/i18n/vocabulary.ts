import { PROBLEM_TYPE_LABELS, TRACK_INFO } from '../../../shared/domain'
import type { Bilingual } from '../../../shared/domain/types'

/** One language out of a table of bilingual labels, keyed as the table is. */
export function inLanguage<K extends string>(table: Readonly<Record<K, Bilingual>>, lang: 'ko' | 'en'): Record<K, string> {
  return Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[lang]])) as Record<K, string>
}

export const trackLabels = Object.fromEntries(Object.entries(TRACK_INFO).map(([k, v]) => [k, v.label])) as Record<keyof typeof TRACK_INFO, Bilingual>
export { PROBLEM_TYPE_LABELS }
export { CUSTOMER_STATUS_LABELS } from '../../../shared/model/customerStatus'
