import type { Draft } from './useQuickDraft'

// A draft kept by Esc, in this window's localStorage: the next open (or the next start) restores it.
const KEY = 'quickEntry.keptDraft'

export function keepDraft(draft: Draft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft))
  } catch {
    // storage full or disabled: the draft still lives in the hidden window
  }
}

export function keptDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(KEY)
    const value: unknown = raw ? JSON.parse(raw) : null
    return value && typeof value === 'object' && typeof (value as Draft).title === 'string' ? (value as Draft) : null
  } catch {
    return null
  }
}

export function clearKeptDraft(): void {
  try {
    localStorage.removeItem(KEY)
  } catch {
    // nothing kept
  }
}
