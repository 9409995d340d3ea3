import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError, type IpcResult } from '../../../shared/ipc/result'
import { SEV1_NEEDS_SE } from '../../../shared/model'

// The host answers every call with the error the core's dispatch puts on the wire for a Sev1 without an SE.
const wire = vi.hoisted(() => ({ reply: null as IpcResult<never> | null }))
vi.mock('../../../renderer/api/electronTransport', () => ({ createElectronApi: () => ({}) }))
vi.mock('../../../renderer/api/webTransport', () => ({
  readToken: () => 't',
  learnHostClock: async () => undefined,
  hostUnreachable: () => ({ code: 'internal', message: 'x' }),
  createWebApi: () => ({ call: async () => wire.reply, on: () => () => undefined }),
}))

const { call } = await import('../../../renderer/api')
const { toFormErrors, fieldError } = await import('../../../renderer/src/common/errors')
const { useChannel } = await import('../../../renderer/src/common/useChannel')
const { i18n } = await import('../../../renderer/src/i18n')

wire.reply = { ok: false, error: new AppError('rule', SEV1_NEEDS_SE, { severity: SEV1_NEEDS_SE }).toIpcError() }

/** A screen that shows a failed call's sentence, as every page does (useChannel → errorText). */
function Shows() {
  const { error } = useChannel('issues.get', { id: 1 })
  return <p role="alert">{error}</p>
}

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('ko')
})

describe("the core's error in the UI language", () => {
  it('the Korean UI shows the Korean sentence', async () => {
    render(<Shows />)
    expect(await screen.findByText(SEV1_NEEDS_SE.ko)).toBeTruthy()
    expect(screen.queryByText(SEV1_NEEDS_SE.en)).toBeNull()
  })

  it('the English UI shows the English sentence, with no Korean in it', async () => {
    await i18n.changeLanguage('en')
    render(<Shows />)
    const shown = await screen.findByText(SEV1_NEEDS_SE.en)
    expect(shown.textContent).not.toMatch(/[가-힣]/)
  })

  it('field messages follow the language too', async () => {
    const errors = () => call('issues.create', { title: 'x', track: 'critical', severity: 1 }).then(() => { throw new Error('expected a failure') }, toFormErrors)
    const ko = await errors()
    expect(fieldError(ko, 'severity')).toBe(SEV1_NEEDS_SE.ko)
    await i18n.changeLanguage('en')
    const en = await errors()
    expect(en).toEqual({ message: SEV1_NEEDS_SE.en, fields: { severity: SEV1_NEEDS_SE.en } })
  })

  it('an error without English (an older host) still shows its Korean rather than nothing', async () => {
    await i18n.changeLanguage('en')
    wire.reply = { ok: false, error: { code: 'rule', message: '한국어만 있는 오류' } }
    const e = await call('issues.get', { id: 1 }).catch(toFormErrors)
    expect(e).toEqual({ message: '한국어만 있는 오류', fields: {} })
  })
})
