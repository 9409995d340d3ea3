import type { Bilingual } from '../domain/vocabulary'

/** Where the customer's system stands, without zod so that the quick-entry window can use it cheaply. */
export const CUSTOMER_STATUSES = ['operating', 'poc', 'preAcceptance', 'expansion'] as const
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number]

/** The statuses' names, defined once: the UI dictionaries and the registration form read them from here. */
export const CUSTOMER_STATUS_LABELS: Readonly<Record<CustomerStatus, Bilingual>> = {
  operating: { ko: '운영 중', en: 'In production' },
  poc: { ko: 'PoC 중', en: 'In PoC' },
  preAcceptance: { ko: '검수 전', en: 'Before acceptance' },
  expansion: { ko: '증설 예정', en: 'Expansion planned' },
}

/** A customer not yet in production (PoC, before acceptance, expansion planned) suggests the sales-deal track. */
export const statusSuggestsSalesTrack = (s: CustomerStatus): boolean => s !== 'operating'
