import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MailRecipients } from '../../shared/form/mailDraft'
import { REGISTRATION_FORM_TITLE, type RegistrationForm } from '../../shared/form/registrationForm'

const calls: { channel: string; request: unknown }[] = []
let savedTo: string | null = null
let mail: MailRecipients

const form = (): RegistrationForm => ({
  title: REGISTRATION_FORM_TITLE,
  writtenAt: '2026-11-25',
  fields: [
    { key: 'partnerEngineer', label: '담당 엔지니어', value: '김민수', required: true },
    { key: 'partnerEmail', label: '이메일', value: 'minsu@nurisys.co.kr', required: true },
    { key: 'customer', label: '고객사', value: '한빛은행', required: true },
    { key: 'version', label: '버전/빌드', value: '', required: true },
    { key: 'caseNumber', label: '케이스 번호 (Escalation Support 번호)', value: '', required: true },
    { key: 'veeamSe', label: 'Veeam Korea 담당 SE', value: '', required: false },
  ],
  sections: [
    { key: 'symptoms', label: '증상 및 에러 메시지', value: '백업 실패', required: true },
    { key: 'requestToVeeam', label: 'Veeam Korea 요청 사항', value: '', required: true },
  ],
})

vi.mock('../../renderer/api', () => ({
  ApiError: class extends Error {},
  host: 'web',
  api: { on: () => () => undefined, call: vi.fn() },
  call: async (channel: string, request: { form?: RegistrationForm }) => {
    calls.push({ channel, request })
    if (channel === 'export.preview') return { form: form(), missing: ['버전/빌드', '케이스 번호 (Escalation Support 번호)', 'Veeam Korea 요청 사항'], fileNames: {}, mail }
    if (channel === 'export.make') {
      const files = ['docx', 'pdf', 'eml'].map((ext) => ({ name: `기술이슈등록_한빛은행_20261125.${ext}`, mime: 'application/octet-stream', base64: btoa('x') }))
      return { files, text: 'text', missing: [], savedTo }
    }
    throw new Error('unexpected ' + channel)
  },
}))

const { ExportPanel } = await import('../../renderer/src/workbench/ExportPanel')
const { i18n } = await import('../../renderer/src/i18n')

async function openPreview(onExported = () => undefined) {
  render(
    <I18nextProvider i18n={i18n}>
      <ExportPanel issueId={5} issueLabel="한빛은행 · 백업 실패" onExported={onExported} />
    </I18nextProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: '등록양식 내보내기' }))
  return screen.findByRole('dialog')
}

beforeEach(() => {
  calls.length = 0
  savedTo = null
  mail = { to: 'sales.korea@veeam.com', ccContacts: [{ name: '이준호', role: 'distributor', address: 'junho@dist.kr' }], uncopied: [] }
})
afterEach(cleanup)

describe('export panel', () => {
  it('opens an editable preview of every field and section, labels beside values', async () => {
    await openPreview()
    expect(screen.getByTestId('export-form-title').textContent).toBe(REGISTRATION_FORM_TITLE)
    expect((screen.getByLabelText(/고객사/) as HTMLInputElement).value).toBe('한빛은행')
    expect(screen.getByLabelText(/증상 및 에러 메시지/).tagName).toBe('TEXTAREA')
    expect(document.querySelectorAll('.xp-grid input, .xp-grid textarea')).toHaveLength(8)
    expect(screen.getByText('여기서 고친 내용은 이번 내보내기에만 적용되며 이슈에는 저장되지 않습니다')).toBeTruthy()
  })

  it('names the missing required fields and follows the edits', async () => {
    await openPreview()
    const warning = screen.getByTestId('export-missing')
    expect(warning.textContent).toBe('!버전/빌드, 케이스 번호, Veeam Korea 요청 사항 미입력 — 그대로 내보내면 문서에 (미입력)으로 표시됩니다')
    fireEvent.change(screen.getByLabelText(/케이스 번호/), { target: { value: '07712345' } })
    fireEvent.change(screen.getByLabelText(/버전\/빌드/), { target: { value: '12.3' } })
    expect(warning.textContent).toBe('!Veeam Korea 요청 사항 미입력 — 그대로 내보내면 문서에 (미입력)으로 표시됩니다')
    fireEvent.change(screen.getByLabelText(/Veeam Korea 요청 사항/), { target: { value: '원인 분석 요청' } })
    expect(screen.queryByTestId('export-missing')).toBeNull()
  })

  it('exports the edited form and shows where Electron saved it', async () => {
    savedTo = 'C:\\Users\\me\\Documents\\Veeam'
    const onExported = vi.fn()
    await openPreview(onExported)
    fireEvent.change(screen.getByLabelText(/버전\/빌드/), { target: { value: '12.3.1' } })
    fireEvent.click(screen.getByRole('button', { name: 'DOCX·PDF·EML 내보내기' }))
    await screen.findByText('저장됨: C:\\Users\\me\\Documents\\Veeam')
    const made = calls.find((c) => c.channel === 'export.make')!.request as { issueId: number; form: RegistrationForm }
    expect(made.issueId).toBe(5)
    expect(made.form.fields.find((f) => f.key === 'version')!.value).toBe('12.3.1')
    expect(onExported).toHaveBeenCalledOnce()
  })

  it('downloads the three files in the browser', async () => {
    const created: string[] = []
    URL.createObjectURL = vi.fn(() => `blob:x/${created.push('u')}`)
    URL.revokeObjectURL = vi.fn()
    const clicks: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    await openPreview()
    fireEvent.click(screen.getByRole('button', { name: 'DOCX·PDF·EML 내보내기' }))
    await screen.findByText(/내려받음: 3개 파일/)
    expect(clicks).toEqual(['기술이슈등록_한빛은행_20261125.docx', '기술이슈등록_한빛은행_20261125.pdf', '기술이슈등록_한빛은행_20261125.eml'])
    click.mockRestore()
  })

  it('copies the text of the edited form, with a fallback when the Clipboard API refuses', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'))
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const exec = vi.fn(() => true)
    document.execCommand = exec
    await openPreview()
    fireEvent.change(screen.getByLabelText(/버전\/빌드/), { target: { value: '12.3.1' } })
    fireEvent.click(screen.getByRole('button', { name: '클립보드에 복사' }))
    await screen.findByText(/복사됨/)
    expect(writeText.mock.calls[0][0]).toContain('버전/빌드: 12.3.1')
    expect(writeText.mock.calls[0][0]).toContain('케이스 번호 (Escalation Support 번호): (미입력)')
    expect(exec).toHaveBeenCalledWith('copy')
    expect(calls.some((c) => c.channel === 'export.make')).toBe(false) // copying writes no files
  })

  it('Esc closes the preview', async () => {
    const dialog = await openPreview()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('shows the e-mail draft’s sender, recipient and Cc as the edited form makes them', async () => {
    await openPreview()
    const box = screen.getByTestId('export-mail')
    expect(box.textContent).toContain('sales.korea@veeam.com')
    expect(screen.getByTestId('export-mail-from').textContent).toBe('김민수 <minsu@nurisys.co.kr>')
    expect(screen.getByTestId('export-mail-cc').textContent).toBe('김민수 <minsu@nurisys.co.kr>, 이준호 <junho@dist.kr>')
    expect(screen.queryByTestId('export-mail-gaps')).toBeNull()
    fireEvent.change(screen.getByLabelText(/^이메일/), { target: { value: 'other@nurisys.co.kr' } })
    expect(screen.getByTestId('export-mail-from').textContent).toBe('김민수 <other@nurisys.co.kr>')
  })

  it('says what the draft lacks: no sender without the partner e-mail, contacts it cannot copy', async () => {
    mail = { to: 'sales.korea@veeam.com', ccContacts: [], uncopied: ['distributor', 'veeamSe'] }
    await openPreview()
    fireEvent.change(screen.getByLabelText(/^이메일/), { target: { value: '' } })
    expect(screen.getByTestId('export-mail-from').textContent).toBe('—')
    expect(screen.getByTestId('export-mail-cc').textContent).toBe('—')
    const gaps = screen.getByTestId('export-mail-gaps').textContent ?? ''
    expect(gaps).toContain('파트너 이메일이 없어 메일 초안에 보낸 사람이 비어 있습니다')
    expect(gaps).toContain('총판 엔지니어, Veeam Korea SE: 이메일 주소를 알 수 없어 참조하지 않습니다')
    fireEvent.change(screen.getByLabelText(/^이메일/), { target: { value: 'minsu@' } })
    expect(screen.getByTestId('export-mail-gaps').textContent).toContain('이메일 형식이 아니어서')
  })
})
