import type { GlobalShortcut } from 'electron'
import { acceleratorProblem } from '../../shared/model/accelerator'

export type ShortcutState = 'registered' | 'taken' | 'invalid'
export interface ShortcutStatus {
  accelerator: string
  state: ShortcutState
}

/**
 * Registers the quick-entry shortcut without ever throwing: Electron's `register` throws on an
 * accelerator it cannot parse and returns false when another app holds it. Either way the app
 * starts fully and says so (tray menu, a notification, Settings).
 */
export function registerQuickShortcut(globalShortcut: GlobalShortcut, accelerator: string, onPress: () => void): ShortcutStatus {
  globalShortcut.unregisterAll()
  if (acceleratorProblem(accelerator)) return { accelerator, state: 'invalid' }
  try {
    return { accelerator, state: globalShortcut.register(accelerator, onPress) ? 'registered' : 'taken' }
  } catch {
    return { accelerator, state: 'invalid' }
  }
}

/** What the user reads when the shortcut cannot be used, in the tray menu and the notification. */
export function shortcutProblemText(status: ShortcutStatus, language: 'ko' | 'en'): string | null {
  if (status.state === 'registered') return null
  if (language === 'en') {
    const why = status.state === 'taken' ? 'another app uses it' : 'it is not a valid shortcut'
    return `Shortcut ${status.accelerator} cannot be used (${why}) — change it in Settings`
  }
  const why = status.state === 'taken' ? '다른 앱이 쓰고 있습니다' : '단축키 형식이 아닙니다'
  return `단축키 ${status.accelerator}를 쓸 수 없습니다 (${why}) — 설정에서 바꾸세요`
}
