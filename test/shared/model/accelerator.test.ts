import { describe, expect, it } from 'vitest'
import { AppSettingsSchema, acceleratorProblem, parseSettingsLeniently } from '../../../shared/model'

describe('the global shortcut setting follows Electron’s accelerator grammar', () => {
  it.each(['CommandOrControl+Alt+V', 'Ctrl+Shift+Q', 'Alt+F12', 'Super+Space', 'cmdorctrl+alt+plus', 'Control+Alt+num5', 'Ctrl+Alt+/'])('accepts %s', (a) => {
    expect(acceleratorProblem(a)).toBeNull()
  })

  it.each([
    ['Ctrl+Alt+ㅍ', /영문·숫자/], // what a letter key gives with the Korean IME on
    ['', /입력/],
    ['V', /보조 키/],
    ['Shift+V', /보조 키/],
    ['Ctrl+Alt', /알 수 없는 키/],
    ['Ctrl+Hyper+V', /알 수 없는 보조 키/],
    ['Ctrl+Alt+F25', /알 수 없는 키/],
    ['Ctrl++V', /형식/],
    ['Ctrl+Ctrl+V', /두 번/],
  ])('refuses %j with a Korean reason', (a, reason) => {
    expect(acceleratorProblem(a)).toMatch(reason)
  })

  it('settings.update refuses a bad shortcut; a stored one that no longer parses falls back to the default alone', () => {
    const r = AppSettingsSchema.safeParse({ shortcut: 'Ctrl+Alt+ㅍ' })
    expect(r.success).toBe(false)
    const stored = parseSettingsLeniently({ shortcut: 'Ctrl+Alt+ㅍ', language: 'en' })
    expect(stored.shortcut).toBe('CommandOrControl+Alt+V')
    expect(stored.language).toBe('en')
  })
})
