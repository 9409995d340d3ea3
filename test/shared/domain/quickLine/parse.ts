// Test helpers for the quick-line parser: a fixed directory, fixed instants, fields read as people write them.
import { parseQuickLine, type QuickLine } from '../../../../shared/domain'
import { kst, showKst } from '../kstTime'

/** Tuesday 2026-12-01 15:20 KST: the afternoon most tests are written for. */
export const TUESDAY = kst('2026-12-01 15:20')

export const CUSTOMERS = [
  { name: '한빛은행', id: 1 },
  { name: '(주)대한물산', id: 2 },
  { name: 'SK', id: 3 },
  { name: 'DB손해보험', id: 4 },
  { name: '한빛', id: 5 },
  { name: 'Acme Korea', id: 6 },
  { name: '서울대병원' }, // a directory entry without an id (not saved yet)
  { name: '주식회사 누리텔레콤', id: 8 },
  { name: '삼성SDS', id: 9 },
  { name: 'LG CNS', id: 10 },
  { name: '우리카드', id: 11 },
  { name: '현대오토에버', id: 12 },
] as const

export function parse(line: string, now: Date = TUESDAY): QuickLine {
  return parseQuickLine(line, { now, customers: CUSTOMERS })
}

/** The fields of a parse, tokens and notes left out, the time in KST ('2026-12-01 15:00'). */
export function fields(line: string, now: Date = TUESDAY): Record<string, unknown> {
  const { tokens: _tokens, notes: _notes, firstOccurredAt, ...rest } = parse(line, now)
  return firstOccurredAt ? { ...rest, firstOccurredAt: showKst(new Date(firstOccurredAt)) } : rest
}

/** The text of each token of a kind. */
export function tokenTexts(line: string, kind: string, now: Date = TUESDAY): string[] {
  return parse(line, now).tokens.filter((t) => t.kind === kind).map((t) => line.slice(t.start, t.end))
}
