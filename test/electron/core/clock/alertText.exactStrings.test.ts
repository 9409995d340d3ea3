import { describe, expect, it } from 'vitest'
import type { Contact } from '../../../../shared/model'
import { closingSoonText, deadlineAlertText, targetResponseText, type AlertIssueFacts } from '../../../../shared/schedule/alertText'
import { STEP_TEXTS } from '../../../../shared/domain/playbook/stepTexts'
import { kst } from './clockCore'

const contacts: Contact[] = [
  { id: 1, name: '김총판', role: 'distributor', company: 'A', phone: '010-0000-0000', email: '' },
  { id: 2, name: '홍길동', role: 'distributor', company: 'B', phone: '010-1234-5678', email: '' },
]
const issue: AlertIssueFacts = { customerName: 'ACME', title: '백업 실패', distributorContactId: 2, seContactId: null, severity: 3, renewal: 'basic' }
const g3 = { target: 'G3', ...STEP_TEXTS.G3, callRoles: ['distributor' as const] }
const dueMs = Date.parse(kst('2026-11-25 14:30'))

describe('notification words name the customer, the step, what to do and whom to call', () => {
  it('the issue own distributor first, with the number', () => {
    expect(deadlineAlertText({ issue, kind: 'before', steps: [g3], dueMs, nowMs: dueMs - 15 * 60_000, contacts, language: 'ko' })).toEqual({
      title: 'ACME · 백업 실패 · 총판 엔지니어에게 전화 (15분 남음)',
      body: 'Forum/KB에서 답을 찾지 못하면 총판 엔지니어에게 전화합니다. — 홍길동 010-1234-5678',
    })
  })

  it('else the first contact with the role; a missing role says so', () => {
    const noOwn = { ...issue, distributorContactId: null }
    const c5 = { target: 'C5', ...STEP_TEXTS.C5, callRoles: ['distributor' as const, 'veeamSe' as const] }
    expect(deadlineAlertText({ issue: noOwn, kind: 'at', steps: [c5], dueMs, nowMs: dueMs, contacts, language: 'ko' }).body).toBe(
      '총판 엔지니어와 Veeam Korea SE에게 1시간 안에 전화합니다. — 김총판 010-0000-0000 · Veeam SE 연락처 없음',
    )
    expect(deadlineAlertText({ issue: noOwn, kind: 'now', steps: [c5], dueMs, nowMs: dueMs, contacts: [], language: 'en' })).toEqual({
      title: 'ACME · 백업 실패 · Phone the distributor and Veeam SE within 1 hour (now)',
      body: 'Phone the distributor engineer and the Veeam Korea SE within one hour. — no distributor engineer in contacts · no Veeam SE in contacts',
    })
  })

  it('the target response, and hours in the countdown', () => {
    const t = targetResponseText(issue)
    expect(deadlineAlertText({ issue, kind: 'before', steps: [t], dueMs, nowMs: dueMs - 65 * 60_000, contacts, language: 'ko' })).toEqual({
      title: 'ACME · 백업 실패 · 목표 응답 시간 (1시간 5분 남음)',
      body: 'Sev3 · Basic 케이스의 Veeam 첫 응답 목표 시간입니다. 응답을 받았으면 기록하세요.',
    })
  })

  it('closing soon, in English', () => {
    const text = closingSoonText({
      closesAtMs: Date.parse(kst('2026-11-25 18:00')),
      nextOpeningMs: Date.parse(kst('2026-11-26 09:00')),
      waiting: [issue, { customerName: '', title: '질문' }],
      nowMs: Date.parse(kst('2026-11-25 17:30')),
      language: 'en',
    })
    expect(text).toEqual({
      title: 'Basic support closes in 30 min (18:00 KST)',
      body: '2 Basic issues waiting for a first response: ACME · 백업 실패, 질문 — after closing they wait until the next opening (tomorrow 09:00 KST).',
    })
  })
})
