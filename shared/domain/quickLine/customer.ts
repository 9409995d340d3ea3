import { NO_LATIN_AFTER, NO_LATIN_BEFORE, PARTICLE, escapeRegExp, matches, overlaps } from './text'
import type { Found, QuickLineOptions } from './types'

export interface CustomerMatch {
  name: string
  id?: number
  isNew: boolean
}

type KnownCustomer = QuickLineOptions['customers'][number]

const LEGAL_FORM = '(?:\\(주\\)|㈜|주식회사)'
const LEGAL_FORM_RE = new RegExp(LEGAL_FORM, 'gu')
const HANGUL = /[가-힣]/u
/** Endings said after a customer's name besides the common particles: 님, 께서, 한테, 까지, 부터, 만, (이)랑. */
const NAME_ENDINGS = '님|께서|께|한테|까지|부터|만|이랑|랑'
const LATIN_OR_DIGIT = /[A-Za-z0-9]/

/** The name without its legal-form mark and without spaces, lower-cased: how two spellings compare. */
export const customerKey = (name: string): string => name.replace(LEGAL_FORM_RE, '').replace(/\s+/gu, '').toLowerCase()

/**
 * A known customer's name as a pattern: its legal-form mark optional, spaces optional wherever a
 * Hangul letter is next to the gap ("한빛 은행" = "한빛은행"), Latin words whole and any case.
 * The name is a whole word: no Hangul letter just before it, and after it (and the particles stuck
 * to it) none either, so that a known "신한" is not read out of "신한은행" or "SK" out of "SK하이닉스".
 */
function namePattern(name: string): RegExp | null {
  const core = name.replace(LEGAL_FORM_RE, ' ').trim()
  const chars = [...core]
  if (chars.length === 0) return null
  let body = ''
  chars.forEach((c, i) => {
    if (/\s/u.test(c)) return
    const prev = chars.slice(0, i).reverse().find((p) => !/\s/u.test(p))
    const spaced = i > 0 && /\s/u.test(chars[i - 1])
    if (prev !== undefined) {
      const hangulGap = HANGUL.test(prev) || HANGUL.test(c)
      body += hangulGap ? '\\s*' : spaced ? '\\s+' : ''
    }
    body += escapeRegExp(c)
  })
  const before = LATIN_OR_DIGIT.test(chars[0]) ? NO_LATIN_BEFORE : ''
  const after = LATIN_OR_DIGIT.test(chars[chars.length - 1]) ? NO_LATIN_AFTER : ''
  // Particles may stack after a name (한빛은행쪽에서, 한빛은행에서는, 한빛은행님께서); what follows them is no letter.
  const particles = `(?:${PARTICLE}|${NAME_ENDINGS})*(?![A-Za-z0-9가-힣])`
  return new RegExp(`(?<![가-힣])${before}(?:${LEGAL_FORM}\\s*)?${body}${after}(?:\\s*${LEGAL_FORM}(?![A-Za-z0-9가-힣]))?${particles}`, 'giu')
}

// `@이름` at the start of a word (not inside an e-mail address): a known customer if it matches one.
const AT_NAME = /(?<![^\s([{"'])@([^\s@,;:!?()[\]{}"'<>]+)/gu

/** Customers named in the line: @names first, then known names (the longest match wins). */
export function findCustomers(text: string, customers: QuickLineOptions['customers']): Found<CustomerMatch>[] {
  const byKey = new Map<string, KnownCustomer>()
  for (const c of customers) if (customerKey(c.name)) byKey.set(customerKey(c.name), c)
  const found: Found<CustomerMatch>[] = []
  for (const m of matches(AT_NAME, text)) {
    const typed = m[1].replace(/[.。…~]+$/u, '')
    if (!typed) continue
    const known = byKey.get(customerKey(typed))
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      value: known ? { name: known.name, id: known.id, isNew: false } : { name: typed, isNew: true },
    })
  }
  const candidates: Found<CustomerMatch>[] = []
  for (const c of customers) {
    const re = namePattern(c.name)
    if (!re) continue
    for (const m of matches(re, text)) candidates.push({ start: m.index, end: m.index + m[0].length, value: { name: c.name, id: c.id, isNew: false } })
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  for (const c of candidates) if (!found.some((f) => overlaps(f, c))) found.push(c)
  return found.sort((a, b) => a.start - b.start)
}
