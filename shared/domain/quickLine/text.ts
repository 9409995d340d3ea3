import type { Span } from './types'

// Regex pieces shared by the rules. Every gap a rule allows is `\s*` or `\s+` (never one literal
// space): the title is the line with tokens blanked and whitespace collapsed, so a rule must read
// "a   b" and "a b" alike for the title to parse the same way as the line did.

/** Not glued to a Latin letter or digit before: `SK` is not inside `disk`. */
export const NO_LATIN_BEFORE = '(?<![A-Za-z0-9])'
export const NO_LATIN_AFTER = '(?![A-Za-z0-9])'
/** The start of a word: not glued to any letter or digit. */
export const WORD_START = '(?<![A-Za-z0-9가-힣])'
/** The end of a word: whitespace, punctuation or the end of the line. */
export const WORD_END = '(?![A-Za-z0-9가-힣])'
/** Korean particles that stick to a word and leave with it ("한빛은행에서", "sev2로"). */
export const PARTICLE = '(?:으로|에서|에게|로|에|은|는|이|가|을|를|의|와|과|도|측|쪽)'

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces each span by spaces, so offsets stay put and neighbours never join. */
export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text
  const chars = [...text.split('')]
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = ' '
  return chars.join('')
}

/** All matches of a global regex, as spans with their match. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m
    if (m[0] === '') re.lastIndex++
  }
}

/** The parts of `span` not covered by `taken`, trimmed of whitespace (a token never starts or ends blank). */
export function uncovered(text: string, span: Span, taken: readonly Span[]): Span[] {
  const pieces: Span[] = []
  let start = -1
  for (let i = span.start; i <= span.end; i++) {
    const free = i < span.end && !taken.some((t) => i >= t.start && i < t.end)
    if (free && start < 0) start = i
    if (!free && start >= 0) {
      pieces.push({ start, end: i })
      start = -1
    }
  }
  return pieces
    .map((p) => {
      let { start, end } = p
      while (start < end && /\s/.test(text[start])) start++
      while (end > start && /\s/.test(text[end - 1])) end--
      return { start, end }
    })
    .filter((p) => p.end > p.start)
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end
