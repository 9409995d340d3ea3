import type { Renewal, Track } from '../../../shared/domain/vocabulary'

/** The parts of a keyboard event the quick-entry shortcuts look at (testable without a DOM event). */
export interface KeyLike {
  key: string
  code?: string
  keyCode?: number
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  isComposing?: boolean
}

/** An IME composition is in progress: Enter then confirms the Hangul syllable, it must not save. */
export const isComposing = (e: KeyLike): boolean => Boolean(e.isComposing) || e.keyCode === 229

const TRACK_BY_DIGIT: Record<string, Track> = { '1': 'general', '2': 'critical', '3': 'sales' }
const DIGIT_CODE = /^(?:Digit|Numpad)([123])$/

/** Where a key was pressed: a field that takes typed text, or any other control of the form. */
export interface KeyTarget {
  tagName: string
  type?: string
  isContentEditable?: boolean
}

const NON_TEXT_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'])

/** Title, customer, renewal, the date field and the textarea take digits as text; buttons and selects do not. */
export function isTextEntry(el: KeyTarget | null | undefined): boolean {
  if (!el) return false
  if (el.isContentEditable) return true
  const tag = el.tagName.toUpperCase()
  if (tag === 'TEXTAREA') return true
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase())
}

/**
 * The track shortcut: keys 1 / 2 / 3 → 일반 / 심각 / 영업 딜.
 * Alt+1/2/3 works everywhere in the form; plain 1/2/3 only where digits are not text (the track
 * group, selects, buttons), so "VBR 12.3" can be typed into the title. Digits are not composed by the
 * Korean IME; `code` covers a 229 keydown and Option+digit on macOS (which yields "¡", "™", "£").
 */
export function trackFromKey(e: KeyLike, inTextEntry = false): Track | null {
  if (e.ctrlKey || e.metaKey) return null
  const byCode = DIGIT_CODE.exec(e.code ?? '')?.[1]
  if (e.altKey) return TRACK_BY_DIGIT[byCode ?? e.key] ?? null
  if (inTextEntry) return null
  if (TRACK_BY_DIGIT[e.key]) return TRACK_BY_DIGIT[e.key]
  return byCode && isComposing(e) ? TRACK_BY_DIGIT[byCode] : null
}

/** P / B, also as the 자모 the Korean IME sends for those keys (ㅔ, ㅠ), or by physical key. */
export function renewalFromKey(e: KeyLike): Renewal | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const k = e.key.toLowerCase()
  if (k === 'p' || k === 'ㅔ' || e.code === 'KeyP') return 'production'
  if (k === 'b' || k === 'ㅠ' || e.code === 'KeyB') return 'basic'
  return null
}

/** Text typed or pasted into the renewal field, read the same way: "p", "ㅔ", "Basic"… */
export function renewalFromText(text: string): Renewal | null {
  const last = text.trim().toLowerCase().slice(-1)
  const first = text.trim().toLowerCase().slice(0, 1)
  for (const c of [last, first]) {
    if (c === 'p' || c === 'ㅔ') return 'production'
    if (c === 'b' || c === 'ㅠ') return 'basic'
  }
  return null
}

/** Enter saves from a single-line field; Ctrl/⌘+Enter saves from anywhere, the textarea included. */
export function isSaveKey(e: KeyLike, inTextarea: boolean): boolean {
  if (e.key !== 'Enter' || isComposing(e)) return false
  if (e.ctrlKey || e.metaKey) return true
  return !inTextarea
}
