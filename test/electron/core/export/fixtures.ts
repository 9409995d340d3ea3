import { AppSettingsSchema, type AppSettings, type Contact, type Customer, type Issue, type TimelineEvent } from '../../../../shared/model'
import { buildRegistrationForm, formContacts, mailRecipients, type MailRecipients, type RegistrationForm, type RegistrationFormInputs } from '../../../../shared/form'

/** 2026-11-27 17:40 KST — the moment the partner exports the form. */
export const NOW = new Date('2026-11-27T08:40:00.000Z')

export function sampleContacts(): Contact[] {
  return [
    { id: 1, name: '이준호', role: 'distributor', company: '에스티총판(주)', phone: '010-2345-6789', email: 'junho.lee@st-dist.co.kr' },
    { id: 2, name: '박서연', role: 'veeamSe', company: 'Veeam Korea', phone: '010-9876-5432', email: 'seoyeon.park@veeam.com' },
  ]
}

export function sampleCustomer(): Customer {
  return {
    id: 7,
    name: '(주)한빛물산',
    status: 'operating',
    renewal: 'production',
    product: 'Veeam Backup & Replication',
    version: '12.3.1.1139',
    distributorContactId: 1,
    seContactId: 2,
  }
}

export function sampleSettings(): AppSettings {
  return AppSettingsSchema.parse({
    partner: {
      company: '누리시스템즈(주)',
      engineer: '김민수',
      phone: '010-1234-5678',
      email: 'minsu.kim@nurisys.co.kr',
      distributor: '에스티총판(주)',
    },
  })
}

export function sampleIssue(overrides: Partial<Issue> = {}): Issue {
  return {
    id: 42,
    title: '운영 DB 서버(SQL Server) 백업 중 VM 중단 — 복구 불가',
    track: 'critical',
    problemType: 'backup',
    customerId: 7,
    customerName: '(주)한빛물산',
    customerStatus: 'operating',
    product: 'Veeam Backup & Replication',
    version: '12.3.1.1139',
    renewal: 'production',
    severity: 1,
    sev1ConsultedSeId: 2,
    sev1ConsultedAt: '2026-11-27T01:05:00.000Z',
    symptoms:
      '11월 27일 새벽 2시 정기 백업 작업 중 운영 DB 서버(ERP-SQL01, vSphere 8.0 U2) VM이 스냅샷 제거 단계에서 응답 없음 상태가 되었습니다.\n재부팅 후에도 인스턴스 복구(Instant Recovery)가 "Failed to publish VM" 오류로 실패합니다.',
    errorMessage:
      'Error: Failed to create VM snapshot. Details: CreateSnapshot failed, vmRef "vm-1043", timeout is exceeded\nAgent: Failed to publish VM: 포트 6160에 연결할 수 없습니다 (Veeam Installer Service)',
    businessImpact: 'ERP 전사 업무 중단 (사용자 약 800명). 월말 결산 작업이 11월 28일까지 완료되어야 하므로 복구가 시급합니다.',
    requestToVeeam: 'Sev1 케이스 우선 배정과 APJ 엔지니어 원격 세션(WebEx) 지원을 요청드립니다. 필요 시 Tier 2 에스컬레이션 부탁드립니다.',
    prereqCheckedPartner: true,
    prereqCheckedDistributor: false,
    qaDevInvolved: true,
    distributorContactId: 1,
    seContactId: 2,
    firstOccurredAt: '2026-11-26T17:10:00.000Z',
    status: 'responded',
    caseNumber: '07712345',
    routedRegion: 'APJ',
    tier: 2,
    loggedAt: '2026-11-27T00:20:00.000Z',
    caseOpenedAt: '2026-11-27T01:12:00.000Z',
    firstResponseAt: '2026-11-27T01:48:00.000Z',
    resolvedAt: null,
    reopenedAt: null,
    severityChangedAt: null,
    updatedAt: '2026-11-27T06:00:00.000Z',
    ...overrides,
  }
}

export function sampleTimeline(): TimelineEvent[] {
  const ev = (id: number, at: string, kind: TimelineEvent['kind'], data: Record<string, unknown> = {}): TimelineEvent => ({
    id,
    issueId: 42,
    at,
    kind,
    data,
  })
  return [
    ev(1, '2026-11-27T00:20:00.000Z', 'created', { title: '운영 DB 서버 백업 중 VM 중단', track: 'critical', severity: 2 }),
    ev(2, '2026-11-27T00:25:00.000Z', 'search', { where: 'kb', query: 'CreateSnapshot failed timeout is exceeded' }),
    ev(3, '2026-11-27T00:31:00.000Z', 'search', { where: 'forum', query: 'Failed to publish VM 6160' }),
    ev(4, '2026-11-27T00:50:00.000Z', 'call', { contactId: 1, name: '이준호', role: 'distributor', phone: '010-2345-6789', note: '스냅샷 타임아웃 설정 확인, 해결 방안 없음' }),
    ev(5, '2026-11-27T01:05:00.000Z', 'sev1Consulted', { seId: 2, seName: '박서연' }),
    ev(6, '2026-11-27T01:12:00.000Z', 'caseOpened', { caseNumber: '07712345', region: 'APJ', old: null }),
    ev(7, '2026-11-27T01:20:00.000Z', 'exportMade', { files: ['a.pdf'], savedTo: null, missing: [] }),
    ev(8, '2026-11-27T01:48:00.000Z', 'firstResponse', {}),
    ev(9, '2026-11-27T04:30:00.000Z', 'tierChanged', { old: 1, new: 2 }),
    ev(10, '2026-11-27T04:31:00.000Z', 'fieldChanged', { field: 'qaDevInvolved', old: false, new: true }),
    ev(11, '2026-11-27T05:10:00.000Z', 'call', { contactId: 2, name: '박서연', role: 'veeamSe', phone: '010-9876-5432', note: '진행 상황 공유, 원격 세션 동석 예정' }),
  ]
}

export function sampleInputs(overrides: Partial<RegistrationFormInputs> = {}): RegistrationFormInputs {
  return {
    issue: sampleIssue(),
    customer: sampleCustomer(),
    contacts: sampleContacts(),
    settings: sampleSettings(),
    timeline: sampleTimeline(),
    now: NOW,
    ...overrides,
  }
}

/** Veeam Korea, with the sample's distributor engineer and SE to copy (the default settings). */
export const sampleRecipients = (inputs: RegistrationFormInputs = sampleInputs()): MailRecipients =>
  mailRecipients(inputs.settings, formContacts(inputs))

export const fullForm = (): RegistrationForm => buildRegistrationForm(sampleInputs())

/** The same form with every value emptied (what a brand-new install with a bare issue could produce). */
export function emptyForm(): RegistrationForm {
  const form = fullForm()
  return {
    ...form,
    fields: form.fields.map((f) => ({ ...f, value: '' })),
    sections: form.sections.map((s) => ({ ...s, value: '' })),
  }
}

/** Replaces one value by key in fields or sections. */
export function withValue(form: RegistrationForm, key: string, value: string): RegistrationForm {
  return {
    ...form,
    fields: form.fields.map((f) => (f.key === key ? { ...f, value } : f)),
    sections: form.sections.map((s) => (s.key === key ? { ...s, value } : s)),
  }
}

/** Every field of the registration form, as the sample issue fills it. */
export const EXPECTED_FIELDS: Record<string, string> = {
  partnerCompany: '누리시스템즈(주)',
  partnerEngineer: '김민수',
  partnerPhone: '010-1234-5678',
  partnerEmail: 'minsu.kim@nurisys.co.kr',
  distributor: '에스티총판(주) — 담당 이준호 · 010-2345-6789',
  customer: '(주)한빛물산',
  customerStatus: '운영 중',
  product: 'Veeam Backup & Replication',
  version: '12.3.1.1139',
  renewal: 'Production (24/7/365 지원)',
  caseNumber: '07712345',
  severity: 'Sev1 — 사전 협의: 박서연 (Veeam Korea SE), 2026-11-27 10:05 (KST)',
  title: '운영 DB 서버(SQL Server) 백업 중 VM 중단 — 복구 불가',
  track: '심각한 문제',
  problemType: '백업',
  prereqCheck: '파트너: ✓ 확인함 / 총판 재확인: 미확인',
  firstOccurredAt: '2026-11-27 02:10 (KST)',
  caseOpenedAt: '2026-11-27 10:12 (KST)',
  routedRegion: 'APJ (아시아·태평양)',
  tier: 'Tier 2 · QA/DEV 참여',
  veeamSe: '박서연 · Veeam Korea · 010-9876-5432 · seoyeon.park@veeam.com',
}
