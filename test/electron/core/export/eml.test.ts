import { simpleParser, type AddressObject } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { exportRegistrationForm } from '../../../../electron/core/export'
import { DOCX_MIME, renderEml } from '../../../../electron/core/export/eml'
import { registrationFormText } from '../../../../shared/form'
import { emptyForm, fullForm } from './fixtures'

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address ?? ''))

describe('exportRegistrationForm → .eml draft', async () => {
  const form = fullForm()
  const out = await exportRegistrationForm(form, { to: 'sales.korea@veeam.com', cc: 'minsu.kim@nurisys.co.kr' })
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

  it('is addressed to Veeam Korea with the partner in Cc and as sender, and marked unsent', () => {
    expect(addresses(mail.to)).toEqual(['sales.korea@veeam.com'])
    expect(addresses(mail.cc)).toEqual(['minsu.kim@nurisys.co.kr'])
    expect(addresses(mail.from)).toEqual(['minsu.kim@nurisys.co.kr'])
    expect(mail.headers.get('x-unsent')).toBe('1')
  })

  it('has a short polite Korean body with the key facts', () => {
    const body = mail.text ?? ''
    expect(body).toContain('안녕하세요, Veeam Korea 담당자님.')
    expect(body).toContain('누리시스템즈(주) 김민수입니다.')
    expect(body).toContain('- 케이스 번호: 07712345')
    expect(body).toContain('- 이슈 분류 / 문제 유형: 심각한 문제 / 백업')
    expect(body).toContain('감사합니다.')
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

  it('still builds a draft when the case number, partner and everything else are empty', async () => {
    const eml = await renderEml({ form: emptyForm(), to: 'sales.korea@veeam.com', cc: '', docx: Buffer.from('d'), pdf: Buffer.from('p'), fileBase: '기술이슈등록' })
    const m = await simpleParser(eml)
    expect(m.subject).toBe('[기술이슈 등록] (고객사 미입력) / Case #(미입력) / Sev(미입력)')
    expect(addresses(m.cc)).toEqual([])
    expect(m.attachments).toHaveLength(2)
  })

  it('rejects a form that does not match the schema (it arrives over IPC)', async () => {
    await expect(exportRegistrationForm({ ...form, writtenAt: 'yesterday' }, { to: 'a@b.c', cc: '' })).rejects.toThrow()
  })
})
