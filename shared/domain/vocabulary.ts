/**
 * The product's words as plain constants, without zod: the quick-entry window imports only these
 * (and suggestSeverity) so that its bundle stays small. The zod schemas in types.ts are built from them.
 */
export const REGIONS = ['APJ', 'EMEA', 'AMER'] as const
export type Region = (typeof REGIONS)[number]

export const TRACKS = ['general', 'critical', 'sales'] as const
export type Track = (typeof TRACKS)[number]

export const PROBLEM_TYPES = ['install', 'config', 'backup', 'restore', 'performance', 'monitoring', 'question', 'other'] as const
export type ProblemType = (typeof PROBLEM_TYPES)[number]

export const RENEWALS = ['production', 'basic'] as const
export type Renewal = (typeof RENEWALS)[number]

export const SEVERITIES = [1, 2, 3, 4] as const
export type Severity = (typeof SEVERITIES)[number]

export const ROLES = ['partner', 'distributor', 'veeamSe'] as const
export type Role = (typeof ROLES)[number]

/** Text shown in both UI languages. */
export interface Bilingual {
  ko: string
  en: string
}
