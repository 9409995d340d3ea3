import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useState } from 'react'

const sent = vi.hoisted(() => ({ n: 0 }))
vi.mock('../../../renderer/api/electronTransport', () => ({ createElectronApi: () => ({}) }))
vi.mock('../../../renderer/api/webTransport', () => ({
  readToken: () => 't',
  learnHostClock: async () => undefined,
  createWebApi: () => ({ call: async () => (sent.n++, { ok: true, value: {} }), on: () => () => undefined }),
}))

const { call } = await import('../../../renderer/api')
const { toFormErrors } = await import('../../../renderer/src/common/errors')
const { LimitedText, trimToLimit } = await import('../../../renderer/src/common/LimitedText')
const { i18n } = await import('../../../renderer/src/i18n')

const failure = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: unknown) => toFormErrors(e))
afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('ko')
})

describe('validation messages in the user’s language, naming the field', () => {
  it('a title over 300 characters: Korean in the Korean UI, English in the English UI, and nothing is sent', async () => {
    const long = 'ㄱ'.repeat(301)
    const ko = await failure(call('issues.update', { id: 1, patch: { title: long } }))
    expect(ko.fields['patch.title']).toBe('제목: 최대 300자까지 입력할 수 있습니다')
    expect(ko.message).not.toMatch(/Too big|expected/)
    await i18n.changeLanguage('en')
    const en = await failure(call('issues.update', { id: 1, patch: { title: long } }))
    expect(en.fields['patch.title']).toBe('Title: at most 300 characters')
    expect(sent.n).toBe(0)
  })

  it('an empty case number, a bad time and an unknown choice read as sentences', async () => {
    const empty = await failure(call('issues.openCase', { id: 1, caseNumber: ' ' }))
    expect(empty.fields.caseNumber).toBe('케이스 번호를 입력하세요')
    const badTime = await failure(call('issues.resolve', { id: 1, at: '어제' }))
    expect(badTime.fields.at).toBe('시각: 날짜와 시각을 YYYY-MM-DD HH:mm 형식으로 입력하세요')
    const badTrack = await failure(call('issues.update', { id: 1, patch: { track: 'urgent' as 'general' } }))
    expect(badTrack.fields['patch.track']).toBe('분류: 목록에 있는 값을 고르세요')
  })

  it("a pattern (the case number's 8 digits) reads as the schema's own Korean sentence, which says what to type", async () => {
    const short = await failure(call('issues.create', { title: 'x', track: 'general', caseNumber: '1234' }))
    expect(short.fields.caseNumber).toBe('케이스 번호는 숫자 8자리입니다')
    await i18n.changeLanguage('en')
    const en = await failure(call('issues.create', { title: 'x', track: 'general', caseNumber: '1234' }))
    expect(en.fields.caseNumber).toBe('Case number: the format is not right')
    expect(sent.n).toBe(0)
  })

  it("a rule zod cannot describe (custom) reads as the schema's own sentence: Korean, or its English in the English UI", async () => {
    const backwards = { from: '2026-12-01T15:00:00.000Z', to: '2026-11-01T15:00:00.000Z' }
    const ko = await failure(call('reports.sla', backwards))
    expect(ko.fields.to).toBe('기간의 끝이 시작보다 늦어야 합니다')
    await i18n.changeLanguage('en')
    const en = await failure(call('reports.sla', backwards))
    expect(en).toEqual({ message: 'The end of the period must be after its start', fields: { to: 'The end of the period must be after its start' } })
    expect(sent.n).toBe(0)
  })
})

describe('a field with a limit shows a counter; text over it is offered trimmed, never cut', () => {
  function Field() {
    const [v, setV] = useState('')
    return <LimitedText name="title" aria-label="제목" value={v} limit={10} onValue={setV} />
  }
  it('pasting 14 characters keeps all 14, says how many are over and trims on request', () => {
    render(<I18nextProvider i18n={i18n}><Field /></I18nextProvider>)
    const input = screen.getByRole('textbox', { name: '제목' }) as HTMLInputElement
    fireEvent.change(input, { target: { value: '가나다라마바사아자차카타파하' } })
    expect(input.value).toHaveLength(14)
    expect(screen.getByTestId('counter').textContent).toBe('14 / 10자')
    expect(screen.getByRole('alert').textContent).toContain('4자 넘었습니다')
    fireEvent.click(screen.getByRole('button', { name: '10자로 줄이기' }))
    expect(input.value).toBe('가나다라마바사아자차')
    expect(screen.queryByRole('alert')).toBeNull()
  })
  it('trimming never splits a character made of two UTF-16 units', () => {
    expect(trimToLimit('ab😵c', 3)).toBe('ab')
  })
})
