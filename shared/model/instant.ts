import { z } from 'zod'
import { hasCanonicalShape, instantMs } from '../domain/time/isoInstant'

/** An instant on the wire: ISO-8601 UTC with milliseconds, e.g. 2026-11-27T08:30:00.000Z. */
export const InstantSchema = z.iso
  .datetime({ message: 'ISO-8601 UTC 시각이어야 합니다 (예: 2026-11-27T08:30:00.000Z)' })
  // One canonical form (milliseconds, Z) so that stored instants compare and sort as text. A real
  // date-time (checked above) of that shape already is it; building a Date for it cost ten times the
  // check, on every instant of every request and reply (some 200,000 in an SLA report).
  .transform((s) => (hasCanonicalShape(s) ? s : new Date(s).toISOString()))
export type Instant = z.output<typeof InstantSchema>

export const toInstant = (d: Date): Instant => d.toISOString()
export const fromInstant = (s: Instant): Date => new Date(s)
export const maybeDate = (s: Instant | null | undefined): Date | null => (s ? new Date(instantMs(s)) : null)
