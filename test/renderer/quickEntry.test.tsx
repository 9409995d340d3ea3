import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SEV1_NEEDS_SE_MESSAGE } from '../../shared/model'

type Req = Record<string, unknown>
const calls: { channel: string; request: Req }[] = []
/** The reply of issues.create: the issue and the first thing to do, as the core decides it. */
const createdReply = (track: unknown) => ({
  id: 7,
  track,
  firstStep:
    track === 'general'
      ? { id: 'G2', title: { ko: '자체 트러블슈팅 (1일)', en: 'x' }, due: new Date(Date.now() + 86400_000).toISOString() }
      : { id: 'C5', title: { ko: '1시간 내 총판 엔지니어·Veeam SE 전화', en: 'call' }, due: new Date(Date.now() + 3600_000).toISOString() },
})
let createReply: (req: Req) => unknown = () => createdReply('general')

vi.mock('../../renderer/api', () => {
  class ApiError extends Error {
    constructor(readonly error: { message: string; fields?: Record<string, string> }) {
      super(error.message)
    }
  }
  const customers = [
    { id: 1, name: '한빛은행', status: 'operating', renewal: 'production', product: 'Veeam Backup & Replication', version: '12.3', distributorContactId: 2, seContactId: 3 },
    { id: 2, name: '새봄물산', status: 'poc', renewal: 'basic', product: 'Veeam Backup & Replication', version: '', distributorContactId: null, seContactId: null },
  ]
  const contacts = [
    { id: 2, name: '김총판', role: 'distributor', company: '', phone: '02-1', email: '' },
    { id: 3, name: '이SE', role: 'veeamSe', company: '', phone: '010-2', email: '' },
  ]
  return {
    ApiError,
    host: 'web',
    api: { on: () => () => undefined, call: vi.fn() },
    call: async (channel: string, request: Req) => {
      calls.push({ channel, request })
      if (channel === 'customers.list') return customers
      if (channel === 'contacts.list') return contacts
      if (channel === 'settings.get') return { language: 'ko' }
      if (channel === 'issues.create') {
        const r = createReply(request)
        if (r instanceof Error) throw r
        return r
      }
      throw new Error('unexpected ' + channel)
    },
  }
})

const { QuickEntry } = await import('../../renderer/src/quick/QuickEntry')
const { i18n } = await import('../../renderer/src/i18n')
const { ApiError } = (await import('../../renderer/api')) as unknown as {
  ApiError: new (error: { message: string; fields?: Record<string, string> }) => Error
}

function setup() {
  render(
    <I18nextProvider i18n={i18n}>
      <QuickEntry />
    </I18nextProvider>,
  )
  return screen.getByRole('textbox', { name: '제목' }) as HTMLInputElement
}
const created = () => calls.filter((c) => c.channel === 'issues.create')
const alt = (n: number) => ({ key: String(n), code: `Digit${n}`, altKey: true })
const pressed = () => document.querySelector('[data-track][aria-pressed="true"]')?.getAttribute('data-track')

beforeEach(() => {
  localStorage.clear()
  calls.length = 0
  createReply = (req) => createdReply(req.track)
})
afterEach(cleanup)

describe('quick entry', () => {
  it('opens focused on the title field', () => {
    const title = setup()
    expect(document.activeElement).toBe(title)
  })

  it('digits typed into the title and customer stay text: "VBR 12.3" keeps its digits', () => {
    const title = setup()
    for (const key of ['1', '2', '3']) {
      expect(fireEvent.keyDown(title, { key, code: `Digit${key}` })).toBe(true) // not prevented
    }
    expect(fireEvent.keyDown(screen.getByRole('combobox', { name: '고객사' }), { key: '2', code: 'Digit2' })).toBe(true)
    expect(pressed()).toBeUndefined()
  })

  it('Alt+1/2/3 choose the track from anywhere in the form, the textarea included', () => {
    const title = setup()
    expect(fireEvent.keyDown(title, alt(2))).toBe(false)
    expect(pressed()).toBe('critical')
    fireEvent.keyDown(screen.getByRole('combobox', { name: '고객사' }), alt(3))
    expect(pressed()).toBe('sales')
    fireEvent.keyDown(screen.getByRole('textbox', { name: '오류 메시지' }), alt(1))
    expect(pressed()).toBe('general')
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, alt(2))
    expect(pressed()).toBe('critical')
    fireEvent.keyDown(screen.getByRole('combobox', { name: '문제 유형' }), alt(3))
    expect(pressed()).toBe('sales')
  })

  it('the track group is the next tab stop after the title; there plain 1/2/3 and arrows choose', () => {
    const title = setup()
    const tabbable = [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter((el) => el.tabIndex >= 0)
    expect(tabbable[0]).toBe(title)
    expect(tabbable[1].getAttribute('data-track')).toBe('general')
    expect(document.querySelectorAll('[data-track][tabindex="0"]')).toHaveLength(1)
    tabbable[1].focus()
    expect(fireEvent.keyDown(tabbable[1], { key: '2', code: 'Digit2' })).toBe(false)
    expect(pressed()).toBe('critical')
    expect(document.activeElement?.getAttribute('data-track')).toBe('critical')
    expect(document.querySelector('[data-track="critical"]')!.getAttribute('tabindex')).toBe('0')
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' })
    expect(pressed()).toBe('sales')
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' })
    expect(pressed()).toBe('general')
    // Other non-text controls take plain digits too.
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Severity' }), { key: '3', code: 'Digit3' })
    expect(pressed()).toBe('sales')
    expect(screen.getByText('Tab → 1/2/3 또는 Alt+1/2/3')).toBeTruthy()
  })

  it('Enter on the track group saves like a single-line field (title, Tab, 2, Enter)', async () => {
    const title = setup()
    fireEvent.change(title, { target: { value: '백업 작업 실패 — VBR 12.3' } })
    const group = document.querySelector<HTMLElement>('[data-track][tabindex="0"]')!
    group.focus()
    fireEvent.keyDown(group, { key: '2', code: 'Digit2' })
    fireEvent.keyDown(document.activeElement!, { key: 'Enter', keyCode: 229 })
    await act(async () => undefined)
    expect(created()).toHaveLength(0)
    expect(fireEvent.keyDown(document.activeElement!, { key: 'Enter' })).toBe(false) // prevented: no button click
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ title: '백업 작업 실패 — VBR 12.3', track: 'critical', renewal: 'production' })
    await screen.findByTestId('saved-banner')
  })

  it('saving without a track says how to choose one and puts the focus on the track group', async () => {
    const title = setup()
    fireEvent.change(title, { target: { value: '트랙 없음' } })
    fireEvent.keyDown(title, { key: 'Enter' })
    expect((await screen.findAllByText('분류를 선택하세요 — 1/2/3 또는 Alt+1/2/3')).length).toBeGreaterThan(0)
    expect(document.activeElement?.getAttribute('data-track')).toBe('general')
    expect(created()).toHaveLength(0)
  })

  it('Enter during an IME composition does not save; Enter after it does', async () => {
    const title = setup()
    fireEvent.change(title, { target: { value: '백업 실패' } })
    fireEvent.keyDown(title, alt(1))
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, { key: 'p' })
    fireEvent.keyDown(title, { key: 'Enter', keyCode: 229 })
    fireEvent.keyDown(title, { key: 'Enter', isComposing: true })
    await act(async () => undefined)
    expect(created()).toHaveLength(0)
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ title: '백업 실패', track: 'general', renewal: 'production', severity: 3 })
    await screen.findByTestId('saved-banner')
  })

  it('Ctrl+Enter saves from the error textarea, plain Enter there does not', async () => {
    const title = setup()
    fireEvent.change(title, { target: { value: '복구 실패' } })
    fireEvent.keyDown(title, alt(1))
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, { key: 'ㅠ' })
    const area = screen.getByRole('textbox', { name: '오류 메시지' })
    fireEvent.change(area, { target: { value: 'Error: a\nline 2' } })
    fireEvent.keyDown(area, { key: 'Enter' })
    await act(async () => undefined)
    expect(created()).toHaveLength(0)
    fireEvent.keyDown(area, { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ renewal: 'basic', errorMessage: 'Error: a\nline 2' })
  })

  it('a new customer needs a renewal: the core refusal shows next to the field and keeps what was typed', async () => {
    createReply = (req) =>
      req.renewal ? { id: 8, track: req.track } : new ApiError({ message: '신규 고객은 갱신 유형을 선택하세요', fields: { renewal: 'Production 또는 Basic을 선택하세요' } })
    const title = setup()
    fireEvent.change(title, { target: { value: '설치 오류' } })
    fireEvent.change(screen.getByRole('combobox', { name: '고객사' }), { target: { value: '신규고객' } })
    fireEvent.keyDown(title, alt(1))
    expect((document.querySelector('[name=renewal]') as HTMLInputElement).value).toBe('')
    fireEvent.keyDown(title, { key: 'Enter' })
    await screen.findByText('Production 또는 Basic을 선택하세요')
    expect(title.value).toBe('설치 오류')
    expect(created()[0].request.renewal).toBeUndefined()
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, { key: 'b' })
    expect(screen.queryByText('Production 또는 Basic을 선택하세요')).toBeNull()
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(2))
    expect(created()[1].request).toMatchObject({ customerName: '신규고객', renewal: 'basic' })
  })

  it('a known customer fills renewal and status; a PoC customer suggests the sales deal', async () => {
    const title = setup()
    await waitFor(() => expect(calls.some((c) => c.channel === 'customers.list')).toBe(true))
    fireEvent.change(screen.getByRole('combobox', { name: '고객사' }), { target: { value: '새봄물산' } })
    await screen.findByTestId('known-customer')
    expect(document.querySelector('[name=renewal]')).toBeNull()
    expect(pressed()).toBe('sales')
    fireEvent.change(title, { target: { value: 'PoC 속도' } })
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ customerId: 2, track: 'sales', customerStatus: 'poc' })
  })

  it('Sev1 without an SE: the core message appears next to the severity field', async () => {
    createReply = (req) =>
      req.severity === 1 && !req.sev1ConsultedSeId ? new ApiError({ message: SEV1_NEEDS_SE_MESSAGE, fields: { severity: SEV1_NEEDS_SE_MESSAGE } }) : { id: 9, track: req.track }
    const title = setup()
    fireEvent.change(title, { target: { value: '운영 서버 다운' } })
    fireEvent.keyDown(title, alt(2))
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, { key: 'p' })
    const sev = screen.getByRole('combobox', { name: 'Severity' }) as HTMLSelectElement
    expect(sev.value).toBe('2') // suggested, never Sev1
    fireEvent.change(sev, { target: { value: '1' } })
    expect(screen.getByTestId('sev1-panel')).toBeTruthy()
    fireEvent.keyDown(title, { key: 'Enter' })
    const msg = await screen.findByText(SEV1_NEEDS_SE_MESSAGE)
    expect(msg.id).toBe('q-severity-error')
    fireEvent.change(screen.getByRole('combobox', { name: '협의한 Veeam Korea SE' }), { target: { value: '3' } })
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(2))
    expect(created()[1].request).toMatchObject({ severity: 1, sev1ConsultedSeId: 3 })
    expect(created()[1].request.sev1ConsultedAt).toMatch(/Z$/)
  })

  it('after saving a critical issue the banner shows the immediate steps, then the form is empty again', async () => {
    const title = setup()
    fireEvent.change(title, { target: { value: 'DB 서비스 중단' } })
    fireEvent.keyDown(title, alt(2))
    fireEvent.keyDown(document.querySelector('[name=renewal]')!, { key: 'p' })
    fireEvent.keyDown(title, { key: 'Enter' })
    const banner = await screen.findByTestId('saved-banner')
    expect(banner.textContent).toContain('지금 케이스 오픈 → 등록양식 제출 → 1시간 내 총판 엔지니어·Veeam SE 전화')
    expect(banner.textContent).toMatch(/기한 .*KST · (59|1시간)/)
    expect(title.value).toBe('')
    expect(pressed()).toBeUndefined()
  })

  it('Esc in the browser asks first; a second Esc clears the form (an empty form clears at once)', () => {
    const title = setup()
    fireEvent.change(title, { target: { value: '지울 내용' } })
    fireEvent.keyDown(title, { key: 'Escape' })
    expect(title.value).toBe('지울 내용')
    expect(screen.getByText(/Esc 한 번 더 = 지우기/)).toBeTruthy()
    fireEvent.keyDown(title, { key: 'Escape' })
    expect(title.value).toBe('')
  })

  it('Esc that closes the window keeps the draft; the next open restores it', () => {
    const onEscape = vi.fn()
    render(
      <I18nextProvider i18n={i18n}>
        <QuickEntry onEscape={onEscape} />
      </I18nextProvider>,
    )
    const title = screen.getByRole('textbox', { name: '제목' }) as HTMLInputElement
    fireEvent.change(title, { target: { value: '한빛은행 sev2 복구 실패' } })
    fireEvent.keyDown(title, { key: 'Escape' })
    expect(onEscape).toHaveBeenCalledTimes(1)
    cleanup()
    const again = setup()
    expect(again.value).toBe('한빛은행 sev2 복구 실패')
    expect(screen.getByText('지난번 작성하던 내용을 되살렸습니다')).toBeTruthy()
  })
})

describe('quick entry reads the title line', () => {
  beforeEach(() => localStorage.clear())
  const typeLine = async (text: string) => {
    const title = setup()
    await waitFor(() => expect(calls.some((c) => c.channel === 'customers.list')).toBe(true))
    await act(async () => undefined)
    fireEvent.change(title, { target: { value: text } })
    return title
  }
  const chips = () => [...document.querySelectorAll('[data-chip]')].map((c) => c.getAttribute('data-chip'))

  it('one line and Enter: the fields fill from the line and the title is sent without the control tokens', async () => {
    const title = await typeLine('한빛은행 운영 DB 중단 sev2 #12345678 방금')
    expect(chips()).toEqual(['customer', 'track', 'severity', 'caseNumber', 'time'])
    expect(document.querySelectorAll('.qline-mirror mark')).toHaveLength(5)
    expect(screen.getByTestId('known-customer')).toBeTruthy()
    expect(pressed()).toBe('critical')
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ title: '운영 DB 중단', customerId: 1, customerName: '한빛은행', track: 'critical', severity: 2, caseNumber: '12345678', renewal: 'production' })
    expect(created()[0].request.firstOccurredAt).toMatch(/Z$/)
  })

  it('a field set by hand is never overwritten and its token goes back into the title', async () => {
    const title = await typeLine('@신한캐피탈 sev2 백업 실패 베이직')
    fireEvent.change(screen.getByRole('combobox', { name: 'Severity' }), { target: { value: '3' } })
    expect(chips()).not.toContain('severity')
    fireEvent.keyDown(title, alt(1))
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ title: 'sev2 백업 실패', severity: 3, customerName: '신한캐피탈', renewal: 'basic', problemType: 'backup' })
  })

  it('a chip turns back into text by a click, or by Backspace right after its token', async () => {
    const title = await typeLine('백업 실패 sev2')
    fireEvent.click(document.querySelector('[data-chip=severity]')!)
    expect(chips()).toEqual(['problemType'])
    fireEvent.change(title, { target: { value: '#12345678 백업 실패' } })
    expect(chips()).toContain('caseNumber')
    title.setSelectionRange(9, 9)
    expect(fireEvent.keyDown(title, { key: 'Backspace' })).toBe(false) // prevented: no character deleted
    expect(chips()).not.toContain('caseNumber')
    expect(title.value).toBe('#12345678 백업 실패')
  })

  it('nothing is parsed while an IME composition is in progress', async () => {
    const title = await typeLine('백업 실패')
    expect(chips()).toEqual(['problemType'])
    fireEvent.compositionStart(title)
    // what the browser sends while the IME holds a syllable: an input event with isComposing
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(title, '백업 실패 sev2 한')
    act(() => void title.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true })))
    expect(title.value).toBe('백업 실패 sev2 한')
    expect(chips()).toEqual([]) // the text runs ahead of the parse: no chips until it is composed
    fireEvent.keyDown(title, { key: 'Enter', isComposing: true })
    fireEvent.compositionEnd(title)
    expect(chips()).toEqual(['problemType', 'severity'])
    await act(async () => undefined)
    expect(created()).toHaveLength(0)
  })

  it('Sev1 from the line opens the SE consultation instead of saving', async () => {
    const title = await typeLine('운영 서버 다운 sev1')
    expect(screen.getByTestId('sev1-panel')).toBeTruthy()
    fireEvent.keyDown(title, { key: 'Enter' })
    await act(async () => undefined)
    expect(created()).toHaveLength(0)
    expect(document.activeElement?.id).toBe('q-se')
    fireEvent.change(screen.getByRole('combobox', { name: '협의한 Veeam Korea SE' }), { target: { value: '3' } })
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ severity: 1, sev1ConsultedSeId: 3, title: '운영 서버 다운' })
  })

  it('an empty title once the tokens are removed asks for a title', async () => {
    const title = await typeLine('한빛은행 sev2')
    fireEvent.keyDown(title, alt(1))
    fireEvent.keyDown(title, { key: 'Enter' })
    await screen.findByText(/제목이 비었습니다/)
    expect(created()).toHaveLength(0)
  })

  it("a known customer's stored renewal and the line's both show; the line's is used", async () => {
    const title = await typeLine('한빛은행 베이직 복구 실패')
    expect(screen.getByTestId('line-renewal').textContent).toContain('Basic')
    fireEvent.keyDown(title, alt(1))
    fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() => expect(created()).toHaveLength(1))
    expect(created()[0].request).toMatchObject({ customerId: 1, renewal: 'basic', title: '복구 실패' })
  })
})
