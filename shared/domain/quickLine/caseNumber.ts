import { NO_LATIN_BEFORE, matches } from './text'
import type { Found } from './types'

// 8 digits after #, case / Case, or 케이스 (with or without #): "case 01234567", "케이스#01234567".
const CASE_NUMBER = new RegExp(`(?:${NO_LATIN_BEFORE}case\\s*#?\\s*|케이스\\s*(?:번호)?\\s*#?\\s*|#)(\\d{8})(?![0-9])(?:번)?`, 'giu')

export function findCaseNumbers(text: string): Found<string>[] {
  return [...matches(CASE_NUMBER, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[1] }))
}
