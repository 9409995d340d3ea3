import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Alert } from '../../shared/ipc/alerts'

const listeners = new Map<string, Set<(p: unknown) => void>>()
const mocked = vi.hoisted(() => ({ host: 'web' as 'web' | 'electron', call: vi.fn() }))

vi.mock('../../renderer/api', () => ({
  ApiError: class extends Error {},
  get host() {
    return mocked.host
  },
  api: {
    call: vi.fn(),
    on: (event: string, fn: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      set.add(fn)
      listeners.set(event, set)
      return () => set.delete(fn)
    },
  },
  call: mocked.call,
}))

const { aDetail, aStep } = await import('./fixtures')
const emit = (event: string, payload: unknown) => act(() => listeners.get(event)?.forEach((l) => l(payload)))
const { AlertCenter } = await import('../../renderer/src/alerts/AlertCenter')
const { i18n } = await import('../../renderer/src/i18n')

const push = (a: Partial<Alert> & { key: string; issueId: number }) =>
  act(() => {
    listeners.get('alert')?.forEach((l) =>
      l({ kind: 'now', dueAt: '2026-11-25T09:00:00.000Z', title: `제목 ${a.key}`, body: `본문 ${a.key}`, targets: ['C2'], ...a }),
    )
  })

class FakeNotification {
  static permission: NotificationPermission = 'granted'
  static shown: FakeNotification[] = []
  static requestPermission = vi.fn(async () => 'granted' as NotificationPermission)
  onclick: (() => void) | null = null
  close = vi.fn()
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this)
  }
}

beforeEach(() => {
  listeners.clear()
  mocked.host = 'web'
  FakeNotification.shown = []
  FakeNotification.permission = 'granted'
  vi.stubGlobal('Notification', FakeNotification)
  location.hash = '#/'
  mocked.call.mockReset()
  render(
    <I18nextProvider i18n={i18n}>
      <AlertCenter />
    </I18nextProvider>,
  )
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('alert toasts', () => {
  it('stacks one toast per alert, newest first, each with its title and body; repeats are ignored', () => {
    push({ key: 'a', issueId: 1 })
    push({ key: 'b', issueId: 2 })
    push({ key: 'a', issueId: 1 })
    const toasts = screen.getAllByTestId('alert-toast')
    expect(toasts).toHaveLength(2)
    expect(toasts[0].getAttribute('role')).toBe('alert')
    expect(toasts[0].textContent).toContain('제목 b')
    expect(toasts[1].textContent).toContain('본문 a')
  })

  it('a click opens the issue; ✕ dismisses without navigating', () => {
    push({ key: 'a', issueId: 7 })
    push({ key: 'b', issueId: 8 })
    fireEvent.click(screen.getAllByRole('button', { name: '알림 닫기' })[0])
    expect(location.hash).toBe('#/')
    expect(screen.getAllByTestId('alert-toast')).toHaveLength(1)
    fireEvent.click(screen.getByTestId('alert-toast'))
    expect(location.hash).toBe('#/issue/7')
    expect(screen.queryByTestId('alert-toast')).toBeNull()
  })

  it('in the browser preview also shows a desktop notification when permitted; clicking it opens the issue', () => {
    push({ key: 'a', issueId: 3 })
    expect(FakeNotification.shown).toHaveLength(1)
    expect(FakeNotification.shown[0].title).toBe('제목 a')
    act(() => FakeNotification.shown[0].onclick!())
    expect(location.hash).toBe('#/issue/3')
  })

  it('without permission: only the toast, with an offer to turn notifications on', () => {
    FakeNotification.permission = 'default'
    cleanup()
    render(
      <I18nextProvider i18n={i18n}>
        <AlertCenter />
      </I18nextProvider>,
    )
    push({ key: 'a', issueId: 3 })
    expect(FakeNotification.shown).toHaveLength(0)
    expect(screen.getByRole('button', { name: '데스크톱 알림 켜기' })).toBeTruthy()
  })

  it('in Electron only the toast: the main process shows the native notification', () => {
    mocked.host = 'electron'
    push({ key: 'a', issueId: 3 })
    expect(screen.getAllByTestId('alert-toast')).toHaveLength(1)
    expect(FakeNotification.shown).toHaveLength(0)
  })
})

describe('the alert tray closes what no longer applies', () => {
  it('the clock withdrawing alerts (alertsWithdrawn) removes exactly those toasts', () => {
    push({ key: 'a', issueId: 1 })
    push({ key: 'b', issueId: 2 })
    emit('alertsWithdrawn', { keys: ['a'] })
    expect(screen.getAllByTestId('alert-toast').map((el) => el.textContent)).toEqual([expect.stringContaining('제목 b')])
  })

  it('a toast disappears when its step is done, and stays while it is still pending', async () => {
    push({ key: 'c5', issueId: 7, targets: ['C5'] })
    mocked.call.mockResolvedValueOnce(aDetail({ steps: [aStep({ state: 'overdue' })] }))
    emit('issuesChanged', { ids: [7] })
    await act(async () => undefined)
    expect(screen.getAllByTestId('alert-toast')).toHaveLength(1)

    mocked.call.mockResolvedValueOnce(aDetail({ steps: [aStep({ state: 'done' })] }))
    emit('issuesChanged', { ids: [7] })
    await vi.waitFor(() => expect(screen.queryByTestId('alert-toast')).toBeNull())
    expect(mocked.call).toHaveBeenCalledWith('issues.get', { id: 7 })
  })

  it('every toast of a resolved issue disappears; other issues’ toasts stay', async () => {
    push({ key: 'x', issueId: 7, targets: ['target'] })
    push({ key: 'y', issueId: 8, targets: ['C2'] })
    mocked.call.mockResolvedValueOnce(aDetail({ issue: { ...aDetail().issue, status: 'resolved' } }))
    emit('issuesChanged', { ids: [7] })
    await vi.waitFor(() => expect(screen.getAllByTestId('alert-toast')).toHaveLength(1))
    expect(screen.getByTestId('alert-toast').getAttribute('data-issue-id')).toBe('8')
  })

  it('the tray collapses to one line with the count and opens again', () => {
    push({ key: 'a', issueId: 1 })
    push({ key: 'b', issueId: 2 })
    push({ key: 'c', issueId: 3 })
    const toggle = screen.getByRole('button', { expanded: true })
    fireEvent.click(toggle)
    expect(screen.queryByTestId('alert-toast')).toBeNull()
    expect(screen.getByTestId('alert-tray').textContent).toContain('알림 3건')
    fireEvent.click(screen.getByRole('button', { expanded: false }))
    expect(screen.getAllByTestId('alert-toast')).toHaveLength(3)
  })
})
