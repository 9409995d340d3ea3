import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'

vi.mock('../../../renderer/api', () => ({ call: vi.fn(async () => null), api: { on: () => () => undefined } }))

const { ShortcutField, acceleratorFromKeyPress } = await import('../../../renderer/src/settings/ShortcutField')
const { i18n } = await import('../../../renderer/src/i18n')

const press = (code: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
})

afterEach(cleanup)

describe('the shortcut recorder reads the physical key (KeyboardEvent.code), not the typed letter', () => {
  it('maps keys and modifiers to Electron accelerators', () => {
    expect(acceleratorFromKeyPress(press('KeyV', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+V')
    expect(acceleratorFromKeyPress(press('KeyV', { metaKey: true, altKey: true }), true)).toBe('CommandOrControl+Alt+V')
    expect(acceleratorFromKeyPress(press('Digit3', { ctrlKey: true, shiftKey: true }), false)).toBe('CommandOrControl+Shift+3')
    expect(acceleratorFromKeyPress(press('F9', { altKey: true }), false)).toBe('Alt+F9')
    expect(acceleratorFromKeyPress(press('Space', { ctrlKey: true }), false)).toBe('CommandOrControl+Space')
    expect(acceleratorFromKeyPress(press('ControlLeft', { ctrlKey: true }), false)).toBeNull() // only a modifier so far
  })

  function Harness({ state }: { state?: 'registered' | 'taken' }) {
    const [value, setValue] = useState('CommandOrControl+Alt+V')
    const status = state ? { shortcut: { accelerator: value, state }, startAtLoginSupported: true } : null
    return (
      <I18nextProvider i18n={i18n}>
        <ShortcutField value={value} onChange={setValue} status={status} />
      </I18nextProvider>
    )
  }

  it('with the Korean IME on (key "ㅍ"), pressing Ctrl+Alt+V records CommandOrControl+Alt+V', async () => {
    await i18n.changeLanguage('ko')
    render(<Harness />)
    const input = screen.getByRole('textbox') as HTMLInputElement
    fireEvent.focus(input)
    expect(input.value).toBe('새 단축키를 누르세요 (Esc: 취소)')
    fireEvent.keyDown(input, { key: 'ㅂ', code: 'KeyQ', ctrlKey: true, shiftKey: true })
    expect(input.value).toBe('CommandOrControl+Shift+Q')
    fireEvent.focus(input)
    fireEvent.keyDown(input, { key: 'ㅍ', code: 'KeyV', ctrlKey: true, altKey: true })
    expect(input.value).toBe('CommandOrControl+Alt+V')
  })

  it('a key without a modifier is refused with a Korean reason and changes nothing', async () => {
    await i18n.changeLanguage('ko')
    render(<Harness />)
    const input = screen.getByRole('textbox') as HTMLInputElement
    fireEvent.focus(input)
    fireEvent.keyDown(input, { key: 'ㅍ', code: 'KeyV' })
    expect(screen.getByText(/보조 키가 필요합니다/)).toBeTruthy()
    fireEvent.blur(input)
    expect(input.value).toBe('CommandOrControl+Alt+V')
  })

  it('in the English UI the reason is English', async () => {
    await i18n.changeLanguage('en')
    render(<Harness />)
    const input = screen.getByRole('textbox') as HTMLInputElement
    fireEvent.focus(input)
    fireEvent.keyDown(input, { key: 'v', code: 'KeyV' })
    expect(screen.getByText('A global shortcut needs a modifier key such as Ctrl, Alt or Cmd')).toBeTruthy()
    expect(screen.queryByText(/보조 키/)).toBeNull()
    await i18n.changeLanguage('ko')
  })

  it('shows the registration state the app reports', async () => {
    await i18n.changeLanguage('ko')
    render(<Harness state="taken" />)
    expect(screen.getByTestId('shortcut-state').textContent).toMatch(/다른 앱이 쓰고 있어/)
    cleanup()
    await i18n.changeLanguage('en')
    render(<Harness state="registered" />)
    expect(screen.getByTestId('shortcut-state').textContent).toBe('In use')
    await i18n.changeLanguage('ko')
  })
})
