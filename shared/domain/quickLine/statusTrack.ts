import { NO_LATIN_AFTER, NO_LATIN_BEFORE, matches } from './text'
import type { Found, SalesStatus } from './types'

// Status words make the issue a sales deal; they stay in the title. Plain 증설 is not one
// ("스토리지 증설 후 백업 실패" is no deal): only 증설 예정 is.
const STATUS: readonly [RegExp, SalesStatus][] = [
  [new RegExp(`${NO_LATIN_BEFORE}poc${NO_LATIN_AFTER}`, 'giu'), 'poc'],
  [/검수\s*전/gu, 'preAcceptance'],
  [/증설\s*예정/gu, 'expansion'],
]

export function findStatuses(text: string): Found<SalesStatus>[] {
  return STATUS.flatMap(([re, value]) => [...matches(re, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value })))
}

// A production object going down is critical: an object word, then (attached, directly, or with
// one word between) a down word with its endings, not negated after it. A job word between means a
// backup job stopping ("VM 백업 중단"), which is not critical; 다운로드 and 다운그레이드 are not downs.
const OBJECT = `(?:운영|서비스|서버|${NO_LATIN_BEFORE}(?:DB|VM)(?![A-Za-z]))`
const JOB_WORD = '(?:백업|복구|복원|복제|작업|잡|job|스케줄|정책)'
const BETWEEN = `(?:\\s*|\\s+(?!${JOB_WORD})[^\\s]+\\s+)`
const DOWN = '(?:중단|다운(?!로드|그레이드|받)|정지|멈춤)(?:됐었음|되었음|됐음|되었|됐|됨|중|했음|함|상태)?'
const NOT_NEGATED = '(?!\\s*(?:없|아님|아니|않|안\\s*됨|되지|X(?![A-Za-z])))'
const CRITICAL = new RegExp(`${OBJECT}${BETWEEN}${DOWN}${NOT_NEGATED}`, 'giu')

export function findCriticalPhrases(text: string): Found<'critical'>[] {
  return [...matches(CRITICAL, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: 'critical' }))
}
