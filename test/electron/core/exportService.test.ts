import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from './testCore'

let t: ReturnType<typeof testCore> | null = null
afterEach(() => t?.core.close())

describe('export from an issue: the registration form filled from the issue, customer, settings and timeline', () => {
  it('previews the form, lists gaps, renders three files and records the export in the timeline', async () => {
    t = testCore('2026-11-25T01:00:00.000Z')
    const { call } = t
    const settings = await call('settings.get', {})
    await call('settings.update', {
      settings: { ...settings, partner: { company: '파트너테크', engineer: '박엔지', phone: '02-555-0101', email: 'park@partner.kr', distributor: '총판코리아' } },
    })
    const distributor = await call('contacts.save', { name: '홍길동', role: 'distributor', company: '총판코리아', phone: '010-1234-5678' })
    const issue = await call('issues.create', { title: 'SQL VM 백업 실패', track: 'critical', customerName: '한빛은행', renewal: 'basic', errorMessage: 'Error 0x80070005 Access is denied' })
    await call('timeline.call', { issueId: issue.id, contactId: distributor.id, stepId: 'C5' })
    await call('timeline.search', { issueId: issue.id, where: 'kb', query: '0x80070005' })

    const before = await call('export.preview', { issueId: issue.id })
    expect(before.missing).toContain('케이스 번호 (Escalation Support 번호)')
    t.clock.advance(10 * 60_000)
    await call('issues.openCase', { id: issue.id, caseNumber: '07712345', at: '2026-11-25T01:05:00.000Z' })
    const { form, missing, fileNames } = await call('export.preview', { issueId: issue.id })
    expect(missing).not.toContain('케이스 번호 (Escalation Support 번호)')
    expect(fileNames.pdf).toBe('기술이슈등록_한빛은행_07712345_20261125.pdf')
    const value = (label: string) => form.fields.find((f) => f.label === label)?.value
    expect(value('고객사')).toBe('한빛은행')
    expect(value('파트너사')).toBe('파트너테크')
    const history = form.sections.find((s) => s.key === 'actions')?.value ?? ''
    expect(history).toContain('홍길동')
    expect(history).toContain('0x80070005')
    expect(history).toContain('07712345')

    const edited = { ...form, sections: form.sections.map((s) => (s.key === 'requestToVeeam' ? { ...s, value: '긴급 지원 요청드립니다' } : s)) }
    const made = await call('export.make', { issueId: issue.id, form: edited })
    expect(made.savedTo).toBeNull()
    expect(made.files.map((f) => f.name)).toEqual([fileNames.docx, fileNames.pdf, fileNames.eml])
    expect(made.text).toContain('긴급 지원 요청드립니다')
    const eml = await simpleParser(Buffer.from(made.files[2].base64, 'base64'))
    expect(eml.subject).toBe('[기술이슈 등록] 한빛은행 / Case #07712345 / Sev2')
    expect(eml.to && 'text' in eml.to ? eml.to.text : '').toContain('sales.korea@veeam.com')
    expect(eml.attachments.map((a) => a.filename)).toEqual([fileNames.docx, fileNames.pdf])
    const pdfFile = path.join(t.dir, 'out.pdf')
    fs.writeFileSync(pdfFile, Buffer.from(made.files[1].base64, 'base64'))
    expect(execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' })).toContain('긴급 지원 요청드립니다')

    const detail = await call('issues.get', { id: issue.id })
    expect(detail.issue.requestToVeeam).toBe('') // the edit applied to this export only
    const exportEvent = detail.timeline.find((e) => e.kind === 'exportMade')
    expect(exportEvent?.data.files).toEqual([fileNames.docx, fileNames.pdf, fileNames.eml])
  })

  it('addresses the draft from the partner to Veeam Korea, copying the customer’s distributor engineer and Veeam Korea SE as the setting says, dated by the core’s clock', async () => {
    t = testCore('2026-11-25T01:00:00.000Z')
    const { call } = t
    const settings = await call('settings.get', {})
    await call('settings.update', { settings: { ...settings, partner: { ...settings.partner, engineer: '박엔지', email: 'park@partner.kr' } } })
    const dist = await call('contacts.save', { name: '홍길동', role: 'distributor', email: 'hong@dist.kr' })
    const se = await call('contacts.save', { name: '이SE', role: 'veeamSe', email: 'se@veeam.com' })
    const customer = await call('customers.save', { name: '한빛은행', renewal: 'production', distributorContactId: dist.id, seContactId: se.id })
    const issue = await call('issues.create', { title: 'SQL VM 백업 실패', track: 'critical', customerId: customer.id, customerName: '한빛은행', renewal: 'production' })

    const preview = await call('export.preview', { issueId: issue.id })
    expect(preview.mail).toEqual({
      to: 'sales.korea@veeam.com',
      ccContacts: [
        { name: '홍길동', role: 'distributor', address: 'hong@dist.kr' },
        { name: '이SE', role: 'veeamSe', address: 'se@veeam.com' },
      ],
      uncopied: [],
    })
    const mailOf = async () => {
      const made = await call('export.make', { issueId: issue.id, form: preview.form })
      return simpleParser(Buffer.from(made.files[2].base64, 'base64'))
    }
    const cc = (m: Awaited<ReturnType<typeof simpleParser>>) => (m.cc && !Array.isArray(m.cc) ? m.cc.value.map((v) => v.address) : [])
    t.clock.advance(5 * 60_000)
    const mail = await mailOf()
    expect(mail.from && 'value' in mail.from ? mail.from.value[0].address : '').toBe('park@partner.kr')
    expect(cc(mail)).toEqual(['park@partner.kr', 'hong@dist.kr', 'se@veeam.com'])
    expect(mail.date?.toISOString()).toBe('2026-11-25T01:05:00.000Z')

    const now = await call('settings.get', {})
    await call('settings.update', { settings: { ...now, emailCc: { distributor: false, veeamSe: true } } })
    expect((await call('export.preview', { issueId: issue.id })).mail.ccContacts.map((c) => c.role)).toEqual(['veeamSe'])
    expect(cc(await mailOf())).toEqual(['park@partner.kr', 'se@veeam.com'])
  })
})
