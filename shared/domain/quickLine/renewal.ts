import type { Renewal } from '../vocabulary'
import { WORD_END, WORD_START, matches } from './text'
import type { Found } from './types'

// The renewal words, whole. Followed by an object word they name the environment instead
// ("production 서버", "프로덕션 DB"), and are not a renewal.
const OBJECT_AFTER = '(?!\\s*(?:서버|서비스|운영|환경|시스템|장비|스토리지|데이터|망|네트워크|사이트|DB|VM|server|environment|env)(?![A-Za-z]))'
const RENEWAL = new RegExp(`${WORD_START}(production|프로덕션|basic|베이직)(?:으로|로)?${WORD_END}${OBJECT_AFTER}`, 'giu')

export function findRenewals(text: string): Found<Renewal>[] {
  return [...matches(RENEWAL, text)].map((m) => {
    const word = m[1].toLowerCase()
    return { start: m.index, end: m.index + m[0].length, value: word === 'production' || word === '프로덕션' ? 'production' : 'basic' }
  })
}
