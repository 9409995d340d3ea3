import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const host = vi.hoisted(() => ({ openedByHost: false, channels: [] as string[] }))
vi.mock('../../../renderer/api', () => ({
  ApiError: class extends Error {},
  host: 'web',
  api: { on: () => () => undefined, call: vi.fn() },
  call: async (channel: string, request: { title?: string }) => {
    host.channels.push(channel)
    if (channel === 'app.openQuickEntry') return { openedByHost: host.openedByHost }
    if (channel === 'customers.list' || channel === 'contacts.list' || channel === 'issues.list' || channel === 'alerts.missed') return []
    if (channel === 'settings.get') return { language: 'ko', firstRunDone: true }
    if (channel === 'issues.create') return { id: 42, title: request.title, track: 'general' }
    if (channel === 'issues.get') return (await import('../fixtures')).aDetail()
    throw new Error('unexpected ' + channel)
  },
}))

const { App } = await import('../../../renderer/src/App')
const { i18n } = await import('../../../renderer/src/i18n')

beforeEach(() => {
  host.channels = []
  location.hash = '#/'
  render(<I18nextProvider i18n={i18n}><App /></I18nextProvider>)
})
afterEach(cleanup)

describe('"+ 새 이슈" in the main window', () => {
  it('where the host has no quick window, opens the form in a dialog and leaves the page where it was', async () => {
    fireEvent.click(screen.getByRole('button', { name: '+ 새 이슈' }))
    await screen.findByTestId('new-issue-dialog')
    expect(host.channels).toContain('app.openQuickEntry')
    expect(location.hash).toBe('#/')
    fireEvent.click(screen.getByRole('button', { name: '닫기' }))
    expect(screen.queryByTestId('new-issue-dialog')).toBeNull()
  })

  it('after saving, offers to open the new issue', async () => {
    fireEvent.click(screen.getByRole('button', { name: '+ 새 이슈' }))
    const dialog = await screen.findByTestId('new-issue-dialog')
    const title = dialog.querySelector('input[name="title"]') ?? screen.getByRole('textbox', { name: '제목' })
    fireEvent.change(title, { target: { value: '야간 백업 실패' } })
    fireEvent.keyDown(title, { key: '1', code: 'Digit1', altKey: true }) // Alt+1: general
    fireEvent.keyDown(title, { key: 'Enter' })
    const offer = await screen.findByTestId('open-new-issue')
    expect(offer.textContent).toContain('#42 야간 백업 실패')
    fireEvent.click(screen.getByRole('button', { name: '이슈 열기' }))
    expect(location.hash).toBe('#/issue/42')
    await waitFor(() => expect(screen.queryByTestId('new-issue-dialog')).toBeNull())
  })

  it('where the host shows its quick window (Electron), no dialog opens', async () => {
    host.openedByHost = true
    fireEvent.click(screen.getByRole('button', { name: '+ 새 이슈' }))
    await waitFor(() => expect(host.channels).toContain('app.openQuickEntry'))
    expect(screen.queryByTestId('new-issue-dialog')).toBeNull()
    host.openedByHost = false
  })
})
