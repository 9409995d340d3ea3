import { z } from 'zod'

export const RegionSchema = z.enum(['APJ', 'EMEA', 'AMER'])
export type Region = z.infer<typeof RegionSchema>

export const TrackSchema = z.enum(['general', 'critical', 'sales'])
export type Track = z.infer<typeof TrackSchema>

export const ProblemTypeSchema = z.enum([
  'install',
  'config',
  'backup',
  'restore',
  'performance',
  'monitoring',
  'question',
  'other',
])
export type ProblemType = z.infer<typeof ProblemTypeSchema>

export const RenewalSchema = z.enum(['production', 'basic'])
export type Renewal = z.infer<typeof RenewalSchema>

export const SEVERITIES = [1, 2, 3, 4] as const
/** Like the z.enum schemas, it lists its values in `.options` (z.literal keeps them only in a Set). */
export const SeveritySchema = Object.assign(z.literal(SEVERITIES), { options: SEVERITIES })
export type Severity = z.infer<typeof SeveritySchema>

export const RoleSchema = z.enum(['partner', 'distributor', 'veeamSe'])
export type Role = z.infer<typeof RoleSchema>

/** Text shown in both UI languages. */
export interface Bilingual {
  ko: string
  en: string
}
