import { simpleParser, type AddressObject } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { exportRegistrationForm } from '../../../../electron/core/export'
import { DOCX_MIME, emlBody, emlSubject, renderEml } from '../../../../electron/core/export/eml'
import { mailEnvelope, registrationFormText, type MailRecipients, type RegistrationForm } from '../../../../shared/form'
import { AppSettingsSchema } from '../../../../shared/model'
import { emptyForm, fullForm, NOW, sampleInputs, sampleRecipients, sampleSettings, withValue } from './fixtures'

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ''))

const draft = async (form: RegistrationForm, recipients: MailRecipients = sampleRecipients()) =>
  simpleParser(await renderEml({ form, envelope: mailEnvelope(form, recipients), now: NOW, docx: Buffer.from('d'), pdf: Buffer.from('p'), fileBase: '기술이슈등록' }))

describe('exportRegistrationForm → .eml draft', async () => {
  const form = fullForm()
  const out = await exportRegistrationForm(form, { recipients: sampleRecipients(), now: NOW })
  const mail = await simpleParser(out.eml)

  it('names the files 기술이슈등록_<고객사>_<케이스번호>_<YYYYMMDD>', () => {
    expect(out.fileNames).toEqual({
      docx: '기술이슈등록_(주)한빛물산_07712345_20261127.docx',
      pdf: '기술이슈등록_(주)한빛물산_07712345_20261127.pdf',
      eml: '기술이슈등록_(주)한빛물산_07712345_20261127.eml',
    })
  })

  it('has the decoded Korean subject "[기술이슈 등록] <고객사> / Case #<번호> / Sev<n>"', () => {
    expect(mail.subject).toBe('[기술이슈 등록] (주)한빛물산 / Case #07712345 / Sev1')
  })

  it('is from the partner to Veeam Korea, copying the partner, the distributor engineer and the Veeam Korea SE, and marked unsent', () => {
    expect(addresses(mail.to)).toEqual(['sales.korea@veeam.com'])
    expect(addresses(mail.from)).toEqual(['minsu.kim@nurisys.co.kr'])
    expect(addresses(mail.cc)).toEqual(['minsu.kim@nurisys.co.kr', 'junho.lee@st-dist.co.kr', 'seoyeon.park@veeam.com'])
    expect(mail.headers.get('x-unsent')).toBe('1')
  })

  it('is dated at the moment of the export (the core’s clock, not the machine’s) with a Message-ID of the partner’s domain', () => {
    expect(mail.date?.toISOString()).toBe(NOW.toISOString())
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@nurisys\.co\.kr>$/)
  })

  it('has a short polite Korean body with the key facts', () => {
    const body = mail.text ?? ''
    expect(body).toContain('안녕하세요, Veeam Korea 담당자님.')
    expect(body).toContain('누리시스템즈(주) 김민수입니다.')
    expect(body).toContain('(주)한빛물산 건으로 Veeam 글로벌 기술 지원에 케이스(번호 07712345)를 오픈하여 빔 소프트웨어 장애 및 기술이슈 등록양식을 보내드립니다.')
    expect(body).toContain('- 케이스 번호: 07712345')
    expect(body).toContain('- 이슈 분류: 심각한 문제\n- 문제 유형: 백업')
    expect(body).toContain('감사합니다.\n\n누리시스템즈(주) 김민수 드림\n010-1234-5678 / minsu.kim@nurisys.co.kr')
  })

  it('attaches the DOCX and the PDF byte for byte, with Korean file names', () => {
    expect(mail.attachments.map((a) => a.filename)).toEqual([out.fileNames.docx, out.fileNames.pdf])
    const [docx, pdf] = mail.attachments
    expect(docx.contentType).toBe(DOCX_MIME)
    expect(pdf.contentType).toBe('application/pdf')
    expect(Buffer.compare(docx.content, out.docx)).toBe(0)
    expect(Buffer.compare(pdf.content, out.pdf)).toBe(0)
  })

  it('returns the clipboard text too', () => {
    expect(out.text).toBe(registrationFormText(form))
  })

  it('rejects a form that does not match the schema (it arrives over IPC)', async () => {
    await expect(exportRegistrationForm({ ...form, writtenAt: 'yesterday' }, { recipients: sampleRecipients(), now: NOW })).rejects.toThrow()
  })
})

describe('the Cc setting', () => {
  const recipients = (emailCc: { distributor: boolean; veeamSe: boolean }) =>
    sampleRecipients(sampleInputs({ settings: AppSettingsSchema.parse({ ...sampleSettings(), emailCc }) }))

  it('copies the distributor engineer and the SE only when asked', async () => {
    expect(addresses((await draft(fullForm(), recipients({ distributor: false, veeamSe: false }))).cc)).toEqual(['minsu.kim@nurisys.co.kr'])
    expect(addresses((await draft(fullForm(), recipients({ distributor: true, veeamSe: false }))).cc)).toEqual(['minsu.kim@nurisys.co.kr', 'junho.lee@st-dist.co.kr'])
    expect(addresses((await draft(fullForm(), recipients({ distributor: false, veeamSe: true }))).cc)).toEqual(['minsu.kim@nurisys.co.kr', 'seoyeon.park@veeam.com'])
  })

  it('leaves out a contact without an address, and never copies anyone twice or the recipient', async () => {
    const contacts = sampleInputs().contacts.map((c) => (c.role === 'distributor' ? { ...c, email: '' } : { ...c, email: 'minsu.kim@nurisys.co.kr' }))
    expect(addresses((await draft(fullForm(), sampleRecipients(sampleInputs({ contacts })))).cc)).toEqual(['minsu.kim@nurisys.co.kr'])
    const toPartner = { ...sampleRecipients(), to: 'MINSU.KIM@nurisys.co.kr' }
    expect(addresses((await draft(fullForm(), toPartner)).cc)).toEqual(['junho.lee@st-dist.co.kr', 'seoyeon.park@veeam.com'])
  })

  it('is on by default', () => {
    expect(AppSettingsSchema.parse({}).emailCc).toEqual({ distributor: true, veeamSe: true })
  })
})

describe('a draft without the partner’s e-mail', () => {
  it('has no From (the mail program fills in its account) and a Message-ID that claims no real host', async () => {
    for (const email of ['', 'not-an-address']) {
      const m = await draft(withValue(fullForm(), 'partnerEmail', email))
      expect(m.from).toBeUndefined()
      expect(addresses(m.cc)).toEqual(['junho.lee@st-dist.co.kr', 'seoyeon.park@veeam.com'])
      expect(m.messageId).toMatch(/@registration-form\.invalid>$/)
      expect(m.messageId).not.toContain('localhost')
    }
  })

  it('follows the form as edited in the export dialog', async () => {
    const m = await draft(withValue(fullForm(), 'partnerEmail', 'other@nurisys.co.kr'))
    expect(addresses(m.from)).toEqual(['other@nurisys.co.kr'])
    expect(addresses(m.cc)[0]).toBe('other@nurisys.co.kr')
  })
})

describe('subject and body read right for any filled subset of the form', () => {
  const keys = ['customer', 'caseNumber', 'severity', 'partnerCompany', 'partnerEngineer', 'partnerPhone', 'partnerEmail', 'track', 'problemType', 'title'] as const
  const full = fullForm()
  const subsets = Array.from({ length: 2 ** keys.length }, (_, mask) =>
    keys.reduce((f, k, i) => (mask & (1 << i) ? f : withValue(f, k, '')), { ...full, fields: full.fields.map((x) => ({ ...x })) }),
  )

  it.each([
    ['no marker, gap or dangling particle', (s: string) => /\(미입력\)|#\s*[/\n]|#$|\(\s*\)|^\s*건|[^\S\n]{2,}|\s[을를의]\s|:\s*$/m.test(s)],
    ['no phrase that names an empty value', (s: string) => /고객사 건|케이스\(번호 \)|^입니다|^ 드림/m.test(s)],
  ])('%s', (_, bad) => {
    for (const f of subsets) {
      for (const s of [emlSubject(f), emlBody(f)]) expect(bad(s), s).toBe(false)
    }
  })

  it('says what it is when nothing is filled in', () => {
    const f = emptyForm()
    expect(emlSubject(f)).toBe('[기술이슈 등록] 빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(emlBody(f)).toBe(
      [
        '안녕하세요, Veeam Korea 담당자님.',
        '',
        '빔 소프트웨어 장애 및 기술이슈 등록양식을 보내드립니다.',
        '',
        '자세한 내용은 첨부한 등록양식(DOCX, PDF)을 확인해 주시기 바랍니다.',
        '검토 부탁드리며, 추가로 필요한 정보가 있으면 말씀해 주세요.',
        '',
        '감사합니다.',
      ].join('\n'),
    )
  })

  it('names the customer without a case, and the case without a customer', () => {
    const noCase = withValue(fullForm(), 'caseNumber', '')
    expect(emlSubject(noCase)).toBe('[기술이슈 등록] (주)한빛물산 / Sev1')
    expect(emlBody(noCase)).toContain('(주)한빛물산 건의 빔 소프트웨어 장애 및 기술이슈 등록양식을 보내드립니다.')
    const noCustomer = withValue(fullForm(), 'customer', '')
    expect(emlSubject(noCustomer)).toBe('[기술이슈 등록] Case #07712345 / Sev1')
    expect(emlBody(noCustomer)).toContain('\nVeeam 글로벌 기술 지원에 케이스(번호 07712345)를 오픈하여 빔 소프트웨어 장애 및 기술이슈 등록양식을 보내드립니다.')
    const onlyTitle = withValue(withValue(withValue(noCase, 'customer', ''), 'severity', ''), 'title', '백업 실패')
    expect(emlSubject(onlyTitle)).toBe('[기술이슈 등록] 백업 실패')
  })

  it('signs with what is known of the partner', () => {
    expect(emlBody(withValue(fullForm(), 'partnerCompany', ''))).toContain('김민수입니다.')
    expect(emlBody(withValue(fullForm(), 'partnerCompany', ''))).toContain('김민수 드림')
    expect(emlBody(withValue(fullForm(), 'partnerEngineer', ''))).toContain('누리시스템즈(주) 드림')
  })
})
