import { z } from 'zod'
import type { Bilingual } from '../domain/vocabulary'

/**
 * Electron's accelerator grammar (docs/api/accelerator.md): modifiers joined by `+`, then one key.
 * `globalShortcut.register` throws on anything else, e.g. `Ctrl+Alt+ㅍ` (what a key gives with the
 * Korean IME on), so a setting that does not parse here must never reach it. Case does not matter
 * to Electron; only ASCII keys are accepted.
 */
const MODIFIERS = ['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta']

const NAMED_KEYS = [
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc',
  'volumeup', 'volumedown', 'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]
const PUNCTUATION = ')!@#$%^&*(:;+=<,_->.?/~`{][|\\}"\''

function isKey(part: string): boolean {
  const k = part.toLowerCase()
  if (/^[a-z0-9]$/.test(k)) return true
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(k)) return true
  if (/^num[0-9]$/.test(k)) return true
  if (NAMED_KEYS.includes(k)) return true
  return part.length === 1 && PUNCTUATION.includes(part)
}

/** Why an accelerator cannot be used, in both languages, or null when Electron will parse it (a global shortcut needs a modifier). */
export function acceleratorProblemText(raw: string): Bilingual | null {
  const value = raw.trim()
  if (!value) return { ko: '단축키를 입력하세요', en: 'Enter a shortcut' }
  if (/[^\x20-\x7e]/.test(value)) {
    return { ko: '단축키에는 영문·숫자 키만 쓸 수 있습니다 (한글 입력 상태의 글자는 안 됩니다)', en: 'A shortcut can use only Latin letters and digits (not characters typed with the Korean input on)' }
  }
  // `+` as the key itself is written `Plus`, so every `+` separates parts.
  const parts = value.split('+').map((p) => p.trim())
  if (parts.some((p) => !p)) return { ko: '단축키 형식이 아닙니다 (예: CommandOrControl+Alt+V)', en: 'Not a shortcut (for example: CommandOrControl+Alt+V)' }
  const key = parts[parts.length - 1]
  const modifiers = parts.slice(0, -1)
  const unknown = modifiers.find((m) => !MODIFIERS.includes(m.toLowerCase()))
  if (unknown) return { ko: `알 수 없는 보조 키입니다: ${unknown}`, en: `Unknown modifier key: ${unknown}` }
  if (!isKey(key)) return { ko: `알 수 없는 키입니다: ${key}`, en: `Unknown key: ${key}` }
  if (new Set(modifiers.map((m) => m.toLowerCase())).size !== modifiers.length) return { ko: '같은 보조 키가 두 번 있습니다', en: 'The same modifier key is there twice' }
  if (!modifiers.some((m) => m.toLowerCase() !== 'shift')) {
    return { ko: '전역 단축키에는 Ctrl, Alt 또는 Cmd 같은 보조 키가 필요합니다', en: 'A global shortcut needs a modifier key such as Ctrl, Alt or Cmd' }
  }
  return null
}

/** The Korean reason (the core and the schema's message), or null. */
export const acceleratorProblem = (raw: string): string | null => acceleratorProblemText(raw)?.ko ?? null

export const AcceleratorSchema = z
  .string()
  .trim()
  .max(60)
  .superRefine((value, ctx) => {
    const problem = acceleratorProblemText(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem.ko, params: { en: problem.en } })
  })
