import MailComposer from 'nodemailer/lib/mail-composer'
import { formValue, type RegistrationForm } from '../../../shared/form'
import { cleanText } from './cleanText'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface EmlInput {
  form: RegistrationForm
  /** The Veeam Korea address (setting; default sales.korea@veeam.com). */
  to: string
  /** The partner engineer's address; also the sender. Empty for none. */
  cc: string
  docx: Buffer
  pdf: Buffer
  /** File name without extension, e.g. from exportFileName(form, '') */
  fileBase: string
}

const oneLine = (s: string): string => cleanText(s).replace(/\s+/g, ' ').trim()

export function emlSubject(form: RegistrationForm): string {
  const customer = oneLine(formValue(form, 'customer')) || '(고객사 미입력)'
  const caseNumber = oneLine(formValue(form, 'caseNumber')) || '(미입력)'
  const sev = /Sev\s*(\d)/i.exec(formValue(form, 'severity'))?.[1]
  return `[기술이슈 등록] ${customer} / Case #${caseNumber} / ${sev ? `Sev${sev}` : 'Sev(미입력)'}`
}

export function emlBody(form: RegistrationForm): string {
  const v = (k: string, fallback = '(미입력)') => oneLine(formValue(form, k)) || fallback
  const partner = oneLine(formValue(form, 'partnerCompany'))
  const engineer = oneLine(formValue(form, 'partnerEngineer'))
  const signature = [partner, engineer].filter(Boolean).join(' ')
  const contact = [oneLine(formValue(form, 'partnerPhone')), oneLine(formValue(form, 'partnerEmail'))].filter(Boolean).join(' / ')
  return [
    '안녕하세요, Veeam Korea 담당자님.',
    '',
    `${signature ? `${signature}입니다.` : '파트너 엔지니어입니다.'}`,
    `${v('customer', '고객사')} 건으로 Veeam 글로벌 기술 지원에 케이스를 오픈하여, 빔 소프트웨어 장애 및 기술이슈 등록양식을 보내드립니다.`,
    '',
    `- 고객사: ${v('customer')}`,
    `- 케이스 번호: ${v('caseNumber')}`,
    `- Severity: ${v('severity')}`,
    `- 이슈 분류 / 문제 유형: ${v('track')} / ${v('problemType')}`,
    `- 케이스 오픈: ${v('caseOpenedAt')}`,
    '',
    '자세한 내용은 첨부한 등록양식(DOCX, PDF)을 확인해 주시기 바랍니다.',
    '검토 부탁드리며, 추가로 필요한 정보가 있으면 말씀해 주세요.',
    '',
    '감사합니다.',
    '',
    ...(signature ? [`${signature} 드림`] : []),
    ...(contact ? [contact] : []),
  ].join('\n')
}

/** An unsent e-mail draft (.eml) to Veeam Korea with the DOCX and PDF attached; nothing is sent. */
export async function renderEml({ form, to, cc, docx, pdf, fileBase }: EmlInput): Promise<Buffer> {
  const partnerName = oneLine(formValue(form, 'partnerEngineer'))
  const mail = new MailComposer({
    from: cc ? { name: partnerName, address: cc } : undefined,
    to,
    cc: cc || undefined,
    subject: emlSubject(form),
    text: emlBody(form),
    headers: { 'X-Unsent': '1' },
    attachments: [
      { filename: `${fileBase}.docx`, content: docx, contentType: DOCX_MIME },
      { filename: `${fileBase}.pdf`, content: pdf, contentType: 'application/pdf' },
    ],
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return mail.compile().build()
}
