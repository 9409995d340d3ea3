import { describe, expect, it } from 'vitest'
import { checkSeverityChoice } from '../../shared/domain'
import { kst } from './kstTime'

describe('Sev1 needs prior consultation with a Veeam Korea SE (spec §5)', () => {
  it('refuses Sev1 without a recorded consultation, with the guide’s message', () => {
    const r = checkSeverityChoice(1, null)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message.ko).toBe('Sev1은 Veeam Korea SE와 사전 협의 후 설정합니다 — 지금은 Sev2로 등록하고 협의 후 올리세요')
    expect(checkSeverityChoice(1, { seName: '  ', at: kst('2026-03-25 10:00') }).ok).toBe(false)
  })

  it('allows Sev1 once an SE and a time are recorded', () => {
    expect(checkSeverityChoice(1, { seName: '김영수', at: kst('2026-03-25 10:00') })).toEqual({ ok: true })
  })

  it('Sev2–4 never need a consultation', () => {
    for (const s of [2, 3, 4] as const) expect(checkSeverityChoice(s).ok).toBe(true)
  })
})
