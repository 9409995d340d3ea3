/** Customer status (spec §10, §13), without zod so that the quick-entry window can use it cheaply. */
export const CUSTOMER_STATUSES = ['operating', 'poc', 'preAcceptance', 'expansion'] as const
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number]

/** Any status other than 운영 중 suggests the sales-deal track (spec §13). */
export const statusSuggestsSalesTrack = (s: CustomerStatus): boolean => s !== 'operating'
