import { z } from 'zod'
import type { AppSettings, Contact, Customer, Issue, TimelineEvent } from '../model'
import { actionHistoryText } from './actionHistory'
import { formatKstDate, formatKstDateTime } from './kst'
import {
  customerStatusKo,
  problemTypeKo,
  REGION_KO,
  RENEWAL_KO,
  ROLE_KO,
  trackKo,
} from './labels'

export const REGISTRATION_FORM_TITLE = '빔 소프트웨어 장애 및 기술이슈 등록양식'
/** Printed in the documents where a required value is empty. */
export const MISSING_MARK = '(미입력)'
/** Printed where an optional value is empty. */
export const EMPTY_MARK = '—'

const key = z.string().min(1).max(60)
const label = z.string().min(1).max(200)
const value = z.string().max(60_000)

export const FormFieldSchema = z.object({ key, label, value, required: z.boolean() })
export type FormField = z.infer<typeof FormFieldSchema>

export const FormSectionSchema = z.object({ key, label, value, required: z.boolean() })
export type FormSection = z.infer<typeof FormSectionSchema>

/** The filled form as it travels over IPC: strings only, JSON-safe, editable before export. */
export const RegistrationFormSchema = z.object({
  title: z.literal(REGISTRATION_FORM_TITLE),
  writtenAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '작성일은 YYYY-MM-DD 형식이어야 합니다'),
  fields: z.array(FormFieldSchema).max(60),
  sections: z.array(FormSectionSchema).max(20),
})
export type RegistrationForm = z.infer<typeof RegistrationFormSchema>

export interface RegistrationFormInputs {
  issue: Issue
  customer: Customer | null
  contacts: Contact[]
  settings: AppSettings
  timeline: TimelineEvent[]
  now: Date
}

const joinNonEmpty = (sep: string, ...parts: Array<string | null | undefined>): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(sep)

function contactLine(c: Contact | undefined): string {
  if (!c) return ''
  return joinNonEmpty(' · ', c.name, c.company, c.phone, c.email)
}

function severityText(issue: Issue, contacts: Contact[]): string {
  if (issue.severity !== 1) return `Sev${issue.severity}`
  const se = contacts.find((c) => c.id === issue.sev1ConsultedSeId)
  const who = se ? joinNonEmpty(' ', se.name, `(${ROLE_KO[se.role]})`) : ''
  const consulted = joinNonEmpty(', ', who, formatKstDateTime(issue.sev1ConsultedAt))
  return `Sev1 — 사전 협의: ${consulted || MISSING_MARK}`
}

/** A check that was not made says so in words: "—" already means "left empty" on the form. */
export const checkMark = (done: boolean): string => (done ? '✓ 확인함' : '미확인')

function symptomsText(issue: Issue): string {
  const symptoms = issue.symptoms.trim()
  const error = issue.errorMessage.trim()
  if (!error) return symptoms
  return joinNonEmpty('\n\n', symptoms, `[에러 메시지]\n${error}`)
}

/** Fills the form from the issue, its customer, contacts, settings and timeline. */
/** The issue's distributor engineer and Veeam Korea SE: the issue's own, else the customer's, else the default. */
export function formContacts({ issue, customer, contacts, settings }: Omit<RegistrationFormInputs, 'timeline' | 'now'>): {
  distributorEngineer: Contact | undefined
  veeamSe: Contact | undefined
} {
  const byId = (id: number | null | undefined) => (id == null ? undefined : contacts.find((c) => c.id === id))
  return {
    distributorEngineer: byId(issue.distributorContactId ?? customer?.distributorContactId ?? settings.defaultDistributorContactId),
    veeamSe: byId(issue.seContactId ?? customer?.seContactId ?? settings.defaultSeContactId),
  }
}

export function buildRegistrationForm(inputs: RegistrationFormInputs): RegistrationForm {
  const { issue, customer, contacts, settings, timeline, now } = inputs
  const partner = settings.partner
  const { distributorEngineer, veeamSe } = formContacts(inputs)
  const distributorCompany = partner.distributor || distributorEngineer?.company || ''
  const distributor = joinNonEmpty(
    ' — 담당 ',
    distributorCompany,
    distributorEngineer ? joinNonEmpty(' · ', distributorEngineer.name, distributorEngineer.phone) : '',
  )

  const f = (k: string, lbl: string, v: string, required = true): FormField => ({
    key: k,
    label: lbl,
    value: v.trim(),
    required,
  })
  const fields: FormField[] = [
    f('partnerCompany', '파트너사', partner.company),
    f('partnerEngineer', '담당 엔지니어', partner.engineer),
    f('partnerPhone', '연락처', partner.phone),
    f('partnerEmail', '이메일', partner.email),
    f('distributor', '총판', distributor),
    f('customer', '고객사', issue.customerName || customer?.name || ''),
    f('customerStatus', '고객 상태', customerStatusKo(issue.customerStatus)),
    f('product', '제품', issue.product || customer?.product || ''),
    f('version', '버전/빌드', issue.version || customer?.version || ''),
    f('renewal', '갱신 유형', RENEWAL_KO[issue.renewal]),
    f('caseNumber', '케이스 번호 (Escalation Support 번호)', issue.caseNumber ?? ''),
    f('severity', 'Severity', severityText(issue, contacts)),
    f('title', '이슈 제목', issue.title),
    f('track', '이슈 분류', trackKo(issue.track)),
    f('problemType', '문제 유형', problemTypeKo(issue.problemType)),
    f(
      'prereqCheck',
      '사전 요구 사항·제약 사항 확인',
      `파트너: ${checkMark(issue.prereqCheckedPartner)} / 총판 재확인: ${checkMark(issue.prereqCheckedDistributor)}`,
      false,
    ),
    f('firstOccurredAt', '최초 발생', formatKstDateTime(issue.firstOccurredAt)),
    f('caseOpenedAt', '케이스 오픈', formatKstDateTime(issue.caseOpenedAt)),
    f('routedRegion', '배정 지원 센터 (예상)', issue.routedRegion ? REGION_KO[issue.routedRegion] : '', false),
    f('tier', '현재 Tier', `Tier ${issue.tier}${issue.qaDevInvolved ? ' · QA/DEV 참여' : ''}`),
    f('veeamSe', 'Veeam Korea 담당 SE', contactLine(veeamSe), false),
  ]
  const sections: FormSection[] = [
    f('symptoms', '증상 및 에러 메시지', symptomsText(issue)),
    f('businessImpact', '비즈니스 영향', issue.businessImpact),
    f('actions', '지금까지 조치 내역', actionHistoryText(timeline, contacts), false),
    f('requestToVeeam', 'Veeam Korea 요청 사항', issue.requestToVeeam),
  ]
  return { title: REGISTRATION_FORM_TITLE, writtenAt: formatKstDate(now), fields, sections }
}

/** Labels of required fields and sections left empty (e.g. no case number yet); export is still allowed. */
export function missingRequiredFields(form: RegistrationForm): string[] {
  return [...form.fields, ...form.sections].filter((x) => x.required && x.value.trim() === '').map((x) => x.label)
}

/** What a value looks like in a document: the value, or a marker saying why it is empty. */
export function displayValue(x: FormField | FormSection): { text: string; missing: boolean } {
  if (x.value.trim() !== '') return { text: x.value, missing: false }
  return x.required ? { text: MISSING_MARK, missing: true } : { text: EMPTY_MARK, missing: false }
}

/** The value of a field or section by key ('' when absent). */
export function formValue(form: RegistrationForm, k: string): string {
  return [...form.fields, ...form.sections].find((x) => x.key === k)?.value ?? ''
}

/** Who wrote the documents (their author property): the partner engineer, else the partner company. */
export function formAuthor(form: RegistrationForm): string {
  return formValue(form, 'partnerEngineer').trim() || formValue(form, 'partnerCompany').trim()
}
