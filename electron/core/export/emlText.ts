import { formValue, REGISTRATION_FORM_TITLE, type RegistrationForm } from '../../../shared/form'
import { cleanText } from './cleanText'

/**
 * Subject and body of the e-mail draft. Every sentence is built from the values that are there:
 * an empty customer, case number or partner name drops its phrase instead of leaving a gap
 * ("고객사 건으로", "케이스 #") or a marker; the attached form shows what is missing.
 * A value never carries a particle (을/를 depends on its last sound): it sits in parentheses or
 * before a noun ("… 건으로", "케이스(번호 …)를").
 */

const oneLine = (s: string): string => cleanText(s).replace(/\s+/g, ' ').trim()
const join = (sep: string, ...parts: string[]): string => parts.filter(Boolean).join(sep)

function values(form: RegistrationForm) {
  const v = (k: string) => oneLine(formValue(form, k))
  return {
    customer: v('customer'),
    caseNumber: v('caseNumber'),
    sev: /Sev\s*(\d)/i.exec(formValue(form, 'severity'))?.[1] ?? '',
    severity: v('severity'),
    track: v('track'),
    problemType: v('problemType'),
    caseOpenedAt: v('caseOpenedAt'),
    title: v('title'),
    company: v('partnerCompany'),
    engineer: v('partnerEngineer'),
    phone: v('partnerPhone'),
    email: v('partnerEmail'),
  }
}

/** "[기술이슈 등록] <고객사> / Case #<번호> / Sev<n>", with the parts that are known (else the issue title). */
export function emlSubject(form: RegistrationForm): string {
  const x = values(form)
  const parts = join(' / ', x.customer, x.caseNumber && `Case #${x.caseNumber}`, x.sev && `Sev${x.sev}`)
  return `[기술이슈 등록] ${parts || x.title || REGISTRATION_FORM_TITLE}`
}

/** "(주)한빛물산 건으로 Veeam 글로벌 기술 지원에 케이스(번호 0771)를 오픈하여 …" for whichever of the two is known. */
function purposeSentence(customer: string, caseNumber: string): string {
  const form = `${REGISTRATION_FORM_TITLE}을 보내드립니다.`
  const opened = caseNumber ? `Veeam 글로벌 기술 지원에 케이스(번호 ${caseNumber})를 오픈하여` : ''
  if (customer && opened) return `${customer} 건으로 ${opened} ${form}`
  if (customer) return `${customer} 건의 ${form}`
  if (opened) return `${opened} ${form}`
  return form
}

export function emlBody(form: RegistrationForm): string {
  const x = values(form)
  const signature = join(' ', x.company, x.engineer)
  const contact = join(' / ', x.phone, x.email)
  const facts: Array<[string, string]> = [
    ['고객사', x.customer],
    ['케이스 번호', x.caseNumber],
    ['Severity', x.severity],
    ['이슈 분류', x.track],
    ['문제 유형', x.problemType],
    ['케이스 오픈', x.caseOpenedAt],
  ]
  const factLines = facts.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`)
  const paragraphs: string[][] = [
    ['안녕하세요, Veeam Korea 담당자님.'],
    [...(signature ? [`${signature}입니다.`] : []), purposeSentence(x.customer, x.caseNumber)],
    factLines,
    ['자세한 내용은 첨부한 등록양식(DOCX, PDF)을 확인해 주시기 바랍니다.', '검토 부탁드리며, 추가로 필요한 정보가 있으면 말씀해 주세요.'],
    ['감사합니다.'],
    [...(signature ? [`${signature} 드림`] : []), ...(contact ? [contact] : [])],
  ]
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n')
}
