import { describe, expect, it } from 'vitest'
import {
  CalendarSettingsSchema,
  DomainSettingsSchema,
  PlaybookSettingsSchema,
  RoutingSettingsSchema,
  SeverityTargetsSchema,
} from '../../../shared/domain'

describe('settings schemas carry the spec defaults', () => {
  it('calendar: 09:00–18:00, no added/removed holidays, holidays are not business days', () => {
    expect(CalendarSettingsSchema.parse({})).toEqual({
      open: '09:00',
      close: '18:00',
      addedHolidays: [],
      removedHolidays: [],
      holidaysAreBusinessDays: false,
    })
  })

  it('routing: APJ Seoul, EMEA Prague, AMER New York, 09:00–18:00 Mon–Fri', () => {
    const weekdays = { open: '09:00', close: '18:00', days: [1, 2, 3, 4, 5] }
    expect(RoutingSettingsSchema.parse({})).toEqual({
      APJ: { zone: 'Asia/Seoul', ...weekdays },
      EMEA: { zone: 'Europe/Prague', ...weekdays },
      AMER: { zone: 'America/New_York', ...weekdays },
    })
  })

  it('targets: Production 1/3/6/8 h, Basic 2/8/12/24 h', () => {
    expect(SeverityTargetsSchema.parse({})).toEqual({
      production: { 1: 1, 2: 3, 3: 6, 4: 8 },
      basic: { 1: 2, 2: 8, 3: 12, 4: 24 },
    })
  })

  it('playbook: 1 + 1 business days, form 60 min, Veeam 3 business days, C5 60 min', () => {
    expect(PlaybookSettingsSchema.parse({})).toEqual({
      g2SelfTroubleshootBusinessDays: 1,
      g4DistributorBusinessDays: 1,
      g6FormAfterCaseOpenMinutes: 60,
      g7VeeamWorkDays: 3,
      g7DayKind: 'business',
      c5CallWithinMinutes: { critical: 60, sales: 60 },
    })
  })

  it('combined settings fill every missing section and keep partial overrides', () => {
    const s = DomainSettingsSchema.parse({ calendar: { close: '17:00' }, targets: { basic: { 2: 9 } } })
    expect(s.alerts).toEqual({ leadMinutes: 15, closingSoonMinutes: 30 })
    expect(s.calendar.close).toBe('17:00')
    expect(s.calendar.open).toBe('09:00')
    expect(s.targets.basic).toEqual({ 1: 2, 2: 9, 3: 12, 4: 24 })
    expect(s.routing.EMEA.zone).toBe('Europe/Prague')
  })

  it('defaults are fresh objects per parse (no shared arrays)', () => {
    const a = CalendarSettingsSchema.parse({})
    a.addedHolidays.push('2026-01-02')
    expect(CalendarSettingsSchema.parse({}).addedHolidays).toEqual([])
  })

  it('rejects nonsense: close before open, bad dates, unknown zones, empty weekdays', () => {
    expect(CalendarSettingsSchema.safeParse({ open: '18:00', close: '09:00' }).success).toBe(false)
    expect(CalendarSettingsSchema.safeParse({ addedHolidays: ['2026-02-30'] }).success).toBe(false)
    expect(CalendarSettingsSchema.safeParse({ open: '9:00' }).success).toBe(false)
    expect(RoutingSettingsSchema.safeParse({ EMEA: { zone: 'Mars/Base' } }).success).toBe(false)
    expect(RoutingSettingsSchema.safeParse({ AMER: { zone: 'America/New_York', days: [] } }).success).toBe(false)
  })
})
