import { z } from 'zod'
import { HhmmSchema, minutesOfHhmm } from './time/hhmm'
import { dayNumberFromIso } from './time/kstDays'

// Every default below is the support guide's (waiting times, targets, business hours, routing, alert lead);
// `Schema.parse({})` returns the defaults. Nested objects use .prefault({}) so that a missing
// section is parsed (and so filled with its own defaults) rather than copied as-is.

const IsoDateSchema = z.string().refine((s) => {
  try {
    dayNumberFromIso(s)
    return true
  } catch {
    return false
  }
}, { message: '날짜는 YYYY-MM-DD 형식으로 입력하세요', params: { en: 'Enter the date as YYYY-MM-DD' } })

// Zod runs object refinements even when a field failed; a malformed time is reported by its field.
const opensBeforeCloses = (s: { open: string; close: string }) =>
  !HhmmSchema.safeParse(s.open).success ||
  !HhmmSchema.safeParse(s.close).success ||
  minutesOfHhmm(s.open) < minutesOfHhmm(s.close)

const MAX_HOLIDAY_EDITS = 1000

export const CalendarSettingsSchema = z
  .object({
    open: HhmmSchema.default('09:00'),
    close: HhmmSchema.default('18:00'),
    /** Dates (KST) declared holidays after our data shipped, e.g. a new 임시공휴일. */
    addedHolidays: z.array(IsoDateSchema).max(MAX_HOLIDAY_EDITS, `공휴일은 ${MAX_HOLIDAY_EDITS}개까지 추가할 수 있습니다`).default(() => []),
    /** Dates (KST) our data lists as holidays that the user wants treated as ordinary days. */
    removedHolidays: z.array(IsoDateSchema).max(MAX_HOLIDAY_EDITS, `공휴일은 ${MAX_HOLIDAY_EDITS}개까지 뺄 수 있습니다`).default(() => []),
    /** Count public holidays as business days (weekends stay closed). */
    holidaysAreBusinessDays: z.boolean().default(false),
  })
  .refine(opensBeforeCloses, { message: '업무 종료 시각은 시작 시각보다 늦어야 합니다', params: { en: 'Business hours must close later than they open' }, path: ['close'] })
export type CalendarSettings = z.infer<typeof CalendarSettingsSchema>

const TimeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}, 'expected an IANA time zone')

/** One support region's shift: open–close wall time in its own zone on ISO weekdays (1 = Mon … 7 = Sun). */
export const RegionHoursSchema = z.object({
  zone: TimeZoneSchema,
  open: HhmmSchema.default('09:00'),
  close: HhmmSchema.default('18:00'),
  days: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .default(() => [1, 2, 3, 4, 5]),
})
export type RegionHours = z.infer<typeof RegionHoursSchema>

/** APJ follows Korean business hours; holidays never change routing. */
export const RoutingSettingsSchema = z.object({
  APJ: RegionHoursSchema.prefault({ zone: 'Asia/Seoul' }),
  EMEA: RegionHoursSchema.prefault({ zone: 'Europe/Prague' }),
  AMER: RegionHoursSchema.prefault({ zone: 'America/New_York' }),
})
export type RoutingSettings = z.infer<typeof RoutingSettingsSchema>

/**
 * A number a person could mean: above zero (or at least `min`) and at most `max` of `unit`. Without a
 * ceiling, `g7VeeamWorkDays = 5e6` was saved and then every deadline computation failed.
 */
const bounded = (fallback: number, max: number, unit: string, min = 0) => {
  const base = min === 0 ? z.number().positive(`0보다 큰 값을 입력하세요 (최대 ${max}${unit})`) : z.number().min(min, `${min}${unit} 이상으로 입력하세요`)
  return base.max(max, `${max}${unit} 이하로 입력하세요`).default(fallback)
}
const wholeMinutes = (fallback: number, max: number) =>
  z.number().int('분은 정수로 입력하세요').min(0, '0분 이상으로 입력하세요').max(max, `${max}분 이하로 입력하세요`).default(fallback)

/** The longest target response a person could mean: a week. */
export const MAX_TARGET_HOURS = 168
const hours = (fallback: number) => bounded(fallback, MAX_TARGET_HOURS, '시간')
const targetHours = (h1: number, h2: number, h3: number, h4: number) =>
  z.object({ 1: hours(h1), 2: hours(h2), 3: hours(h3), 4: hours(h4) }).prefault({})

/** Target response (목표 응답 시간) in hours by renewal and severity. */
export const SeverityTargetsSchema = z.object({
  production: targetHours(1, 3, 6, 8),
  basic: targetHours(2, 8, 12, 24),
})
export type SeverityTargets = z.infer<typeof SeverityTargetsSchema>

export const PlaybookSettingsSchema = z.object({
  g2SelfTroubleshootBusinessDays: bounded(1, 30, '일'),
  g4DistributorBusinessDays: bounded(1, 30, '일'),
  g6FormAfterCaseOpenMinutes: bounded(60, 1440, '분'),
  g7VeeamWorkDays: bounded(3, 60, '일'),
  g7DayKind: z.enum(['business', 'calendar']).default('business'),
  c5CallWithinMinutes: z.object({ critical: bounded(60, 1440, '분'), sales: bounded(60, 1440, '분') }).prefault({}),
})
export type PlaybookSettings = z.infer<typeof PlaybookSettingsSchema>

export const AlertSettingsSchema = z.object({
  /** Minutes before a deadline for the "before" alert. */
  leadMinutes: wholeMinutes(15, 1440),
  /** Minutes before Basic coverage closes to show "closing soon". */
  closingSoonMinutes: wholeMinutes(30, 600),
})
export type AlertSettings = z.infer<typeof AlertSettingsSchema>

/** All domain settings: the store and the settings page use this as the single source of truth. */
export const DomainSettingsSchema = z.object({
  calendar: CalendarSettingsSchema.prefault({}),
  routing: RoutingSettingsSchema.prefault({}),
  targets: SeverityTargetsSchema.prefault({}),
  playbook: PlaybookSettingsSchema.prefault({}),
  alerts: AlertSettingsSchema.prefault({}),
})
export type DomainSettings = z.infer<typeof DomainSettingsSchema>

export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = RoutingSettingsSchema.parse({})
export const DEFAULT_SEVERITY_TARGETS: SeverityTargets = SeverityTargetsSchema.parse({})
export const DEFAULT_PLAYBOOK_SETTINGS: PlaybookSettings = PlaybookSettingsSchema.parse({})
