import { z } from 'zod'
import { PROBLEM_TYPES, REGIONS, RENEWALS, ROLES, SEVERITIES, TRACKS, type Bilingual } from './vocabulary'

export * from './vocabulary'

export const RegionSchema = z.enum(REGIONS)
export const TrackSchema = z.enum(TRACKS)
export const ProblemTypeSchema = z.enum(PROBLEM_TYPES)
export const RenewalSchema = z.enum(RENEWALS)
/** Like the z.enum schemas, it lists its values in `.options` (z.literal keeps them only in a Set). */
export const SeveritySchema = Object.assign(z.literal(SEVERITIES), { options: SEVERITIES })
export const RoleSchema = z.enum(ROLES)
/** Text in both UI languages, on the wire (the type is vocabulary's `Bilingual`). */
export const BilingualSchema: z.ZodType<Bilingual> = z.object({ ko: z.string(), en: z.string() })
