import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../../shared/model'

// Nothing reaches a host: the page's own contract check refuses the settings before sending them.
vi.mock('../../../renderer/api/electronTransport', () => ({ createElectronApi: () => ({}) }))
vi.mock('../../../renderer/api/webTransport', () => ({
  readToken: () => 't',
  learnHostClock: async () => undefined,
  hostUnreachable: () => ({ code: 'internal', message: 'x' }),
  createWebApi: () => ({ call: async () => ({ ok: true, value: defaultSettings() }), on: () => () => undefined }),
}))

const { useSettingsDraft } = await import('../../../renderer/src/settings/useSettingsDraft')
const { i18n } = await import('../../../renderer/src/i18n')

afterEach(async () => {
  await i18n.changeLanguage('ko')
})

/** Saves settings with a negative G2 duration and returns what the page shows at the top and by the field. */
async function saveNegativeG2() {
  const { result } = renderHook(() => useSettingsDraft())
  const bad = defaultSettings()
  bad.domain.playbook.g2SelfTroubleshootBusinessDays = -3
  let saved = true
  await act(async () => {
    saved = await result.current.save(bad)
  })
  expect(saved).toBe(false)
  return result.current.errors
}

describe('a refused setting is named in the message, as the Settings page labels it', () => {
  it('Korean: the message at the top of the page says which setting, not "값"', async () => {
    const errors = await saveNegativeG2()
    expect(errors.message).toBe('G2 자체 트러블슈팅 (영업일): 0 이상으로 입력하세요')
    expect(errors.fields['settings.domain.playbook.g2SelfTroubleshootBusinessDays']).toBe(errors.message)
  })

  it('English: the same in English, not "This value"', async () => {
    await i18n.changeLanguage('en')
    const errors = await saveNegativeG2()
    expect(errors.message).toBe('G2 self-troubleshoot (business days): enter 0 or more')
  })
})
