import type { ProblemType } from '../vocabulary'
import { NO_LATIN_BEFORE, matches } from './text'
import type { Found } from './types'

type LineProblemType = Exclude<ProblemType, 'other'>

// Korean keywords match anywhere in a word (재설치 is an install); English ones at a word's start
// (installation, backups).
const KEYWORDS: Readonly<Record<LineProblemType, { ko: string[]; en: string[] }>> = {
  install: { ko: ['설치'], en: ['install'] },
  config: { ko: ['구성', '설정'], en: ['config'] },
  backup: { ko: ['백업'], en: ['backup'] },
  restore: { ko: ['복구', '복원'], en: ['restore'] },
  performance: { ko: ['성능', '느림', '느려', '지연'], en: ['slow', 'performance'] },
  monitoring: { ko: ['모니터링', '알람'], en: ['monitoring'] },
  question: { ko: ['문의', '질문'], en: ['question'] },
}

const PATTERNS = (Object.entries(KEYWORDS) as [LineProblemType, { ko: string[]; en: string[] }][]).map(
  ([type, words]) => [new RegExp(`${words.ko.join('|')}|${NO_LATIN_BEFORE}(?:${words.en.join('|')})[A-Za-z]*`, 'giu'), type] as const,
)

/** The first problem-type keyword in the line (by position), if any. */
export function findProblemType(text: string): Found<LineProblemType> | undefined {
  let first: Found<LineProblemType> | undefined
  for (const [re, value] of PATTERNS) {
    for (const m of matches(re, text)) {
      if (!first || m.index < first.start) first = { start: m.index, end: m.index + m[0].length, value }
      break
    }
  }
  return first
}
