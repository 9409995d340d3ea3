import { z } from 'zod'

/** 'HH:MM', 00:00–23:59, plus '24:00' so a window can end at midnight. */
export const HhmmSchema = z.string().regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'expected HH:MM')
export type Hhmm = z.infer<typeof HhmmSchema>

export function minutesOfHhmm(value: string): number {
  if (!HhmmSchema.safeParse(value).success) throw new RangeError(`not an HH:MM time: ${value}`)
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))
}
