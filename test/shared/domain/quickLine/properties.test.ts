import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseQuickLine, REMOVED_KINDS } from '../../../../shared/domain'
import { kst } from '../kstTime'
import { CUSTOMERS } from './parse'

// Lines built from the fragments people type (control words, kept words, near misses, noise),
// joined by spaces or glued together, at any instant of a year.
const FRAGMENTS = [
  '한빛은행', '한빛', '은행', '한빛 은행', '(주)대한물산', '대한물산', 'SK', 'disk', 'DB손해보험', 'Acme', 'Korea', '@신한캐피탈', '@한빛은행', 'kim@hanbit.com',
  'sev1', 'sev', '2', 'Sev 3', 'severity', '4', '심각도', 'sev5', 'S3', 'S2D', 'sev2로',
  'production', 'basic', '프로덕션', '베이직', '서버', 'DB', 'VM', '운영', '서비스', '다운', '중단', '없음', '다운로드',
  '#12345678', 'case', '07654321', '케이스', '1234567', '#',
  'PoC', 'PoC중', '검수 전', '증설', '예정', '백업', '작업', '복구', '설치', '느림', '문의', '모니터링',
  '오늘', '어제', '그제', '금요일', '지난', '지난주', '12월', '1일', '12/1', '2/3', '부터', '에', '까지', '경',
  '3시', '30분', '반', '15:30', '오전', '오후', '밤', '새벽', '12시', '정오', '자정', '전', '두', '시간', '방금', '3시간', '12시간째', '12.3', 'VBR',
  '실패', '안됨', '고객', '요청',
]
const fragment = fc.constantFrom(...FRAGMENTS)
const line = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', ' ', '  ', '')), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''))
const FROM = kst('2026-01-01 00:00').getTime()
const instant = fc.integer({ min: FROM, max: FROM + 366 * 86_400_000 }).map((ms) => new Date(ms))
const RUNS = 3000

const words = (s: string) => s.split(/\s+/u).filter(Boolean).join(' ')
/** Occurrences of `part` in `s`, overlapping ones too (" a a " holds " a " twice). */
function count(s: string, part: string): number {
  let n = 0
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++
  return n
}

describe('quick line properties', () => {
  it('the title never contains a removed token (as a whole phrase)', () => {
    fc.assert(
      fc.property(line, instant, (l, now) => {
        const r = parseQuickLine(l, { now, customers: CUSTOMERS })
        // Each removed token is gone: the title holds a removed text only as often as the line held it
        // beyond the removed tokens ("오늘 15:30 15:30" at 00:00 removes the second 15:30 and keeps
        // "오늘 15:30", still ahead).
        const removed = r.tokens.filter((t) => REMOVED_KINDS.has(t.kind)).map((t) => words(l.slice(t.start, t.end)))
        for (const text of new Set(removed)) {
          const inTitle = count(` ${r.title} `, ` ${text} `)
          const inLine = count(words(l), text)
          expect(inTitle).toBeLessThanOrEqual(inLine - removed.filter((x) => x === text).length)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('firstOccurredAt is never after now', () => {
    fc.assert(
      fc.property(line, instant, (l, now) => {
        const at = parseQuickLine(l, { now, customers: CUSTOMERS }).firstOccurredAt
        return at === undefined || new Date(at).getTime() <= now.getTime()
      }),
      { numRuns: RUNS },
    )
  })

  it('parsing its own title again yields no control tokens', () => {
    fc.assert(
      fc.property(line, instant, (l, now) => {
        const again = parseQuickLine(parseQuickLine(l, { now, customers: CUSTOMERS }).title, { now, customers: CUSTOMERS })
        expect(again.tokens.filter((t) => REMOVED_KINDS.has(t.kind))).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  it('tokens lie inside the line, in order, without overlapping', () => {
    fc.assert(
      fc.property(line, instant, (l, now) => {
        const { tokens } = parseQuickLine(l, { now, customers: CUSTOMERS })
        tokens.forEach((t, i) => {
          expect(t.start).toBeGreaterThanOrEqual(0)
          expect(t.end).toBeLessThanOrEqual(l.length)
          expect(t.end).toBeGreaterThan(t.start)
          if (i > 0) expect(t.start).toBeGreaterThanOrEqual(tokens[i - 1].end)
        })
      }),
      { numRuns: RUNS },
    )
  })
})
