import { z } from 'zod'
import { DomainSettingsSchema } from '../domain'

const text = (max: number) => z.string().trim().max(max).default('')
const optionalEmail = z.union([z.literal(''), z.email('이메일 형식이 아닙니다')]).default('')

export const PartnerProfileSchema = z.object({
  company: text(200),
  engineer: text(100),
  phone: text(50),
  email: optionalEmail,
  distributor: text(200),
})

/** Who the registration form's e-mail draft copies besides the partner engineer (when their contact has an address). */
export const EmailCcSchema = z.object({
  distributor: z.boolean().default(true),
  veeamSe: z.boolean().default(true),
})

/** Every setting of the app, with the spec's defaults: `AppSettingsSchema.parse({})` is a fresh install. */
export const AppSettingsSchema = z.object({
  domain: DomainSettingsSchema.default(DomainSettingsSchema.parse({})),
  partner: PartnerProfileSchema.default(PartnerProfileSchema.parse({})),
  veeamKoreaEmail: z.email('이메일 형식이 아닙니다').default('sales.korea@veeam.com'),
  emailCc: EmailCcSchema.prefault({}),
  defaultDistributorContactId: z.number().int().positive().nullable().default(null),
  defaultSeContactId: z.number().int().positive().nullable().default(null),
  shortcut: z.string().trim().min(1).max(60).default('CommandOrControl+Alt+V'),
  startAtLogin: z.boolean().default(false),
  language: z.enum(['ko', 'en']).default('ko'),
  firstRunDone: z.boolean().default(false),
})
export type AppSettings = z.infer<typeof AppSettingsSchema>
export type AppSettingsInput = z.input<typeof AppSettingsSchema>

export const defaultSettings = (): AppSettings => AppSettingsSchema.parse({})

/**
 * Settings as stored, made valid part by part: a value that no longer parses (written by a newer
 * version, or by hand) falls back to its default alone, and every other setting is kept.
 */
export function parseSettingsLeniently(raw: unknown): AppSettings {
  return lenient(AppSettingsSchema, raw) as AppSettings
}

function lenient(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value)
  if (whole.success) return whole.data
  const inner = unwrapDefaults(schema)
  if (inner instanceof z.ZodObject && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const shape = inner.shape as Record<string, z.ZodType>
    const fixed = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, lenient(s, (value as Record<string, unknown>)[k])]))
    const again = schema.safeParse(fixed)
    if (again.success) return again.data
  }
  return schema.safeParse(undefined).success ? schema.parse(undefined) : schema.parse({})
}

/** The object schema inside .default() / .prefault() wrappers. */
function unwrapDefaults(schema: z.ZodType): z.ZodType {
  let s = schema
  while (s instanceof z.ZodDefault || s instanceof z.ZodPrefault) s = s.def.innerType as z.ZodType
  return s
}
