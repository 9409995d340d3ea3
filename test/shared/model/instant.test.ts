import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { InstantSchema } from '../../../shared/model/instant'
import { instantWalk } from '../instantWalk'

// InstantSchema returns a string of the canonical shape as it is, without building a Date for it.
// Its results must be exactly those of building one for every instant, as it did before.
const everyTimeADate = z.iso.datetime().transform((s) => new Date(s).toISOString())
const outcome = (schema: z.ZodType<string>, s: string) => {
  const r = schema.safeParse(s)
  return r.success ? r.data : `refused: ${r.error.issues.map((i) => `${i.code}/${(i as { format?: string }).format}`).join()}`
}

describe('InstantSchema', () => {
  it('gives what building a Date gave, for canonical, shorter, longer, impossible and malformed instants', () => {
    const inputs = [
      '2026-11-27T08:30:00.000Z',
      '2026-11-27T08:30:00Z', // no milliseconds
      '2026-11-27T08:30:00.5Z', // one digit
      '2026-11-27T08:30:00.123456Z', // microseconds
      '2026-11-27T08:30Z',
      '2024-02-29T23:59:59.999Z', // leap day
      '2026-02-29T00:00:00.000Z', // not a leap year
      '2026-04-31T00:00:00.000Z', // April has 30 days
      '2000-02-29T00:00:00.000Z',
      '1900-02-29T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '2026-11-27T24:00:00.000Z',
      '2026-11-27T23:59:60.000Z', // leap second
      '2026-11-27T08:30:00.000+09:00', // an offset: not UTC
      '2026-11-27 08:30:00.000Z',
      '2026-11-27T08:30:00.000z',
      '2026-13-01T00:00:00.000Z',
      '+02026-11-27T08:30:00.000Z',
      'x026-11-27T08:30:00.000Z',
      '',
    ]
    for (const s of inputs) expect(outcome(InstantSchema, s), s).toBe(outcome(everyTimeADate, s))
  })

  it('gives the same for 100,000 instants of 1900–2200, in canonical form and without milliseconds', () => {
    for (const ms of instantWalk(4242, 100_000)) {
      const canonical = new Date(ms).toISOString()
      expect(InstantSchema.parse(canonical)).toBe(canonical)
      const short = canonical.slice(0, 19) + 'Z'
      expect(InstantSchema.parse(short)).toBe(everyTimeADate.parse(short))
    }
  })
})
