import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aContact, aDetail, aStep } from '../fixtures'

const mocked = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('../../../renderer/api', () => ({
  ApiError: class extends Error {},
  host: 'web',
  api: { call: vi.fn(), on: () => () => undefined },
  call: mocked.call,
}))

const { CasePanel } = await import('../../../renderer/src/workbench/CasePanel')
const { StepList } = await import('../../../renderer/src/workbench/StepList')
const { i18n } = await import('../../../renderer/src/i18n')

const wrap = (ui: React.ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>)
afterEach(() => {
  cleanup()
  mocked.call.mockReset()
})

describe('a time field the user has not edited says 지금 and sends no time', () => {
  it('first response clicked minutes after the page loaded carries no `at`: the core records its own now', async () => {
    mocked.call.mockResolvedValue({})
    const { rerender } = wrap(<CasePanel detail={aDetail()} now={new Date('2026-11-25T08:32:00.000Z')} lang="ko" readOnly={false} onChanged={() => undefined} />)
    expect(screen.getByTestId('time-live').textContent).toBe('지금')
    // Four minutes later the field still follows the clock.
    rerender(
      <I18nextProvider i18n={i18n}>
        <CasePanel detail={aDetail()} now={new Date('2026-11-25T08:36:00.000Z')} lang="ko" readOnly={false} onChanged={() => undefined} />
      </I18nextProvider>,
    )
    expect((screen.getByLabelText('시각 (KST)') as HTMLInputElement).value).toBe('2026-11-25T17:36')
    fireEvent.click(screen.getByRole('button', { name: '첫 응답 기록' }))
    await vi.waitFor(() => expect(mocked.call).toHaveBeenCalled())
    expect(mocked.call).toHaveBeenCalledWith('issues.firstResponse', { id: 7 })
  })

  it('a time the user typed is sent as entered, and 지금 brings the live field back', async () => {
    mocked.call.mockResolvedValue({})
    wrap(<CasePanel detail={aDetail()} now={new Date('2026-11-25T08:36:00.000Z')} lang="ko" readOnly={false} onChanged={() => undefined} />)
    fireEvent.change(screen.getByLabelText('시각 (KST)'), { target: { value: '2026-11-25T17:20' } })
    expect(screen.queryByTestId('time-live')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /Tier 2/ }))
    await vi.waitFor(() => expect(mocked.call).toHaveBeenCalledWith('issues.setTier', { id: 7, tier: 2, at: '2026-11-25T08:20:00.000Z' }))
    // After the action the field is live again.
    await vi.waitFor(() => expect(screen.getByTestId('time-live')).toBeTruthy())
  })

  it('marking a step done with the field untouched sends no `at`', async () => {
    mocked.call.mockResolvedValue(aDetail())
    wrap(<StepList detail={aDetail()} now={new Date('2026-11-25T08:36:00.000Z')} lang="ko" readOnly={false} onChange={() => undefined} />)
    fireEvent.click(screen.getByRole('button', { name: 'C5 완료' }))
    fireEvent.click(screen.getAllByRole('button', { name: '완료' }).at(-1)!)
    await vi.waitFor(() => expect(mocked.call).toHaveBeenCalled())
    expect(mocked.call.mock.calls[0][1]).not.toHaveProperty('at')
  })
})

describe('C5: both calls logged offers to complete the step', () => {
  const contacts = [aContact(1, 'distributor', '김총판'), aContact(2, 'veeamSe', '이SE')]
  const callEvent = (id: number, role: 'distributor' | 'veeamSe') => ({
    id, issueId: 7, at: '2026-11-25T01:10:00.000Z', kind: 'call' as const, data: { contactId: role === 'distributor' ? 1 : 2, name: '', role, phone: '', stepId: 'C5' },
  })

  it('one call: no offer; both: the offer marks C5 done', async () => {
    mocked.call.mockResolvedValue(aDetail())
    const one = aDetail({ contacts, timeline: [callEvent(1, 'distributor')] })
    const { unmount } = wrap(<StepList detail={one} now={new Date('2026-11-25T01:20:00.000Z')} lang="ko" readOnly={false} onChange={() => undefined} />)
    expect(screen.queryByTestId('calls-done-offer')).toBeNull()
    unmount()

    const both = aDetail({ contacts, steps: [aStep()], timeline: [callEvent(2, 'veeamSe'), callEvent(1, 'distributor')] })
    wrap(<StepList detail={both} now={new Date('2026-11-25T01:20:00.000Z')} lang="ko" readOnly={false} onChange={() => undefined} />)
    const offer = screen.getByTestId('calls-done-offer')
    fireEvent.click(offer.querySelector('button')!)
    await vi.waitFor(() => expect(mocked.call).toHaveBeenCalledWith('steps.mark', expect.objectContaining({ stepId: 'C5', status: 'done' })))
  })

  it('a reopened C5 forgets the calls before it', () => {
    const reopened = { id: 3, issueId: 7, at: '2026-11-25T01:15:00.000Z', kind: 'stepReopened' as const, data: { stepId: 'C5' } }
    wrap(<StepList detail={aDetail({ contacts, timeline: [reopened, callEvent(2, 'veeamSe'), callEvent(1, 'distributor')] })} now={new Date('2026-11-25T01:20:00.000Z')} lang="ko" readOnly={false} onChange={() => undefined} />)
    expect(screen.queryByTestId('calls-done-offer')).toBeNull()
  })
})
