import { describe, expect, it } from 'vitest'
import { createKoreanCalendar, playbook, PlaybookSettingsSchema, type PlaybookStep } from '../../../shared/domain'
import { kst } from './kstTime'

const cal = createKoreanCalendar()
const byId = (steps: PlaybookStep[]) => Object.fromEntries(steps.map((s) => [s.id, s]))
const general = { track: 'general' as const, loggedAt: kst('2026-03-24 10:00'), caseOpenedAt: kst('2026-03-24 11:00'), steps: {} }

describe('step labels follow the settings', () => {
  it('G2 set to 2 business days says (2일); G7 set to 5 calendar days says so', () => {
    const settings = PlaybookSettingsSchema.parse({ g2SelfTroubleshootBusinessDays: 2, g7VeeamWorkDays: 5, g7DayKind: 'calendar' })
    const steps = byId(playbook(general, cal, { now: kst('2026-03-24 12:00'), settings }))
    expect(steps.G2.title).toEqual({ ko: '자체 트러블슈팅 (2일)', en: 'Self-troubleshoot (2 days)' })
    expect(steps.G7.title).toEqual({ ko: 'Veeam 엔지니어와 작업 (5일, 주말 포함)', en: 'Work with the Veeam engineer (5 calendar days)' })
  })

  it('the defaults keep the familiar words', () => {
    const steps = byId(playbook(general, cal, { now: kst('2026-03-24 12:00') }))
    expect(steps.G2.title.ko).toBe('자체 트러블슈팅 (1일)')
    expect(steps.G7.title).toEqual({ ko: 'Veeam 엔지니어와 작업 (3일)', en: 'Work with the Veeam engineer (3 days)' })
  })
})
