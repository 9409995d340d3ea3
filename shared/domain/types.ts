import { z } from 'zod'
import { PROBLEM_TYPES, REGIONS, RENEWALS, ROLES, SEVERITIES, TRACKS } from './vocabulary'

export * from './vocabulary'

export const RegionSchema = z.enum(REGIONS)
export const TrackSchema = z.enum(TRACKS)
export const ProblemTypeSchema = z.enum(PROBLEM_TYPES)
export const RenewalSchema = z.enum(RENEWALS)
/** Like the z.enum schemas, it lists its values in `.options` (z.literal keeps them only in a Set). */
export const SeveritySchema = Object.assign(z.literal(SEVERITIES), { options: SEVERITIES })
export const RoleSchema = z.enum(ROLES)
