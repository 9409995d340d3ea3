import { z } from 'zod'
import { InstantSchema } from '../model/instant'

/** One desktop notification: one issue, one instant; several steps due together merge into one. */
export const AlertSchema = z.object({
  key: z.string(),
  issueId: z.number().int(),
  kind: z.enum(['before', 'at', 'now', 'missed', 'closingSoon']),
  dueAt: InstantSchema,
  title: z.string(),
  body: z.string(),
  targets: z.array(z.string()),
})
export type Alert = z.infer<typeof AlertSchema>

export const MissedAlertSchema = z.object({
  issueId: z.number().int(),
  customerName: z.string(),
  title: z.string(),
  target: z.string(),
  targetLabel: z.string(),
  dueAt: InstantSchema,
})
export type MissedAlert = z.infer<typeof MissedAlertSchema>
