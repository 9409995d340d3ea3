import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aContact } from '../fixtures'

const mocked = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('../../../renderer/api', () => {
  class ApiError extends Error {
    constructor(readonly error: { code: string; message: string; en?: { message: string } }) {
      super(error.message)
    }
  }
  return { ApiError, host: 'electron', api: { call: vi.fn(), on: () => () => undefined }, call: mocked.call }
})

const { ApiError } = await import('../../../renderer/api')
const { Callee } = await import('../../../renderer/src/workbench/Callee')
const { i18n } = await import('../../../renderer/src/i18n')

const NO_APP = { code: 'rule', message: '이 링크를 열 앱이 없습니다', en: { message: 'No app on this computer opens this link' } }
const wrap = (ui: React.ReactNode) => render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>)
afterEach(async () => {
  cleanup()
  mocked.call.mockReset()
  vi.restoreAllMocks()
  await i18n.changeLanguage('ko')
})

describe('a link the desktop could not open says so on the page', () => {
  it("a phone number the host cannot open (no phone app) shows the host's message, in the UI language, and opens no window", async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    mocked.call.mockRejectedValue(new (ApiError as unknown as new (e: typeof NO_APP) => Error)(NO_APP))
    wrap(<Callee role="veeamSe" contact={aContact(3, 'veeamSe', '김엔지')} issueId={7} stepId="C4" readOnly={false} logged={false} />)
    fireEvent.click(screen.getByRole('link', { name: '010-0000-0000' }))
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', '이 링크를 열 앱이 없습니다')
    expect(mocked.call).toHaveBeenCalledWith('shell.openExternal', { url: 'tel:010-0000-0000' })
    expect(open).not.toHaveBeenCalled()

    await i18n.changeLanguage('en')
    fireEvent.click(screen.getByRole('link', { name: '010-0000-0000' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No app on this computer opens this link'))
  })

  it('where the host has no shell (the preview), the page opens the link itself and shows nothing', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    mocked.call.mockResolvedValue({ openedByHost: false })
    wrap(<Callee role="veeamSe" contact={aContact(3, 'veeamSe', '김엔지')} issueId={7} stepId="C4" readOnly={false} logged={false} />)
    fireEvent.click(screen.getByRole('link', { name: '010-0000-0000' }))
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith('tel:010-0000-0000', '_blank', 'noopener'))
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
