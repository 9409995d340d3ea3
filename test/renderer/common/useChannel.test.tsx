import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

const listeners = new Map<string, Set<() => void>>()
const mocked = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('../../../renderer/api', () => ({
  ApiError: class extends Error {},
  host: 'web',
  api: { on: (e: string, fn: () => void) => (listeners.set(e, (listeners.get(e) ?? new Set()).add(fn)), () => listeners.get(e)?.delete(fn)) },
  call: mocked.call,
}))
const { useChannel } = await import('../../../renderer/src/common/useChannel')

function Missed() {
  const { data, error } = useChannel('alerts.missed', {}, { refreshOn: ['issuesChanged'] })
  return <p>{error ? `error: ${error}` : `rows: ${data?.length ?? '…'}`}</p>
}
afterEach(() => (cleanup(), mocked.call.mockReset(), listeners.clear()))

describe('useChannel: one call as state, refreshed by push events, errors shown', () => {
  it('a failed call shows its error instead of being swallowed; the next event refreshes it', async () => {
    mocked.call.mockRejectedValueOnce(new Error('데이터 파일을 읽을 수 없습니다'))
    render(<Missed />)
    await screen.findByText('error: 데이터 파일을 읽을 수 없습니다')
    mocked.call.mockResolvedValueOnce([{}, {}])
    await act(async () => listeners.get('issuesChanged')?.forEach((l) => l()))
    await screen.findByText('rows: 2')
    expect(mocked.call).toHaveBeenCalledWith('alerts.missed', {})
  })
})
