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

/** Every setting of the app, with the spec's defaults: `AppSettingsSchema.parse({})` is a fresh install. */
export const AppSettingsSchema = z.object({
  domain: DomainSettingsSchema.default(DomainSettingsSchema.parse({})),
  partner: PartnerProfileSchema.default(PartnerProfileSchema.parse({})),
  veeamKoreaEmail: z.email('이메일 형식이 아닙니다').default('sales.korea@veeam.com'),
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
