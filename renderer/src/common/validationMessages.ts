import type { z } from 'zod'
import type { Lang } from '../../../shared/format/duration'

/** A zod issue as the renderer sees it (zod v4's issue shapes, only what the sentences need). */
type Issue = z.core.$ZodIssue

/** Names of fields outside the issue editor's list (`wb.fields`), by the last segment of their path. */
export const EXTRA_NAMES: Record<string, { ko: string; en: string }> = {
  caseNumber: { ko: '케이스 번호', en: 'Case number' },
  text: { ko: '메모', en: 'Note' },
  note: { ko: '메모', en: 'Note' },
  query: { ko: '검색어', en: 'Search' },
  name: { ko: '이름', en: 'Name' },
  phone: { ko: '전화번호', en: 'Phone' },
  email: { ko: '이메일', en: 'E-mail' },
  company: { ko: '회사', en: 'Company' },
  at: { ko: '시각', en: 'Time' },
  json: { ko: '가져올 파일', en: 'Import file' },
}

/** Korean object particle after a name: 을 after a final consonant, 를 otherwise (Latin names take 을(를)). */
function eul(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  if (last < 0xac00 || last > 0xd7a3) return `${word}을(를)`
  return (last - 0xac00) % 28 ? `${word}을` : `${word}를`
}

/**
 * One validation problem as a sentence in the user's language, naming the field. The schemas'
 * own (Korean) messages are used only for rules zod cannot describe (`custom`): in the Korean UI
 * the message, in the English UI the English the schema gives beside it (`params.en`).
 */
export function issueSentence(issue: Issue, lang: Lang, nameOf: (path: PropertyKey[]) => string | null): string {
  const name = nameOf(issue.path)
  const ko = lang === 'ko'
  const field = name ?? (ko ? '값' : 'This value')
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return ko ? `${field}: 최대 ${issue.maximum}자까지 입력할 수 있습니다` : `${field}: at most ${issue.maximum} characters`
      if (issue.origin === 'array') return ko ? `${field}: 최대 ${issue.maximum}개까지입니다` : `${field}: at most ${issue.maximum} items`
      return ko ? `${field}: ${issue.maximum} 이하로 입력하세요` : `${field}: enter ${issue.maximum} or less`
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? ko ? `${eul(field)} 입력하세요` : `${field}: please fill this in`
          : ko ? `${field}: ${issue.minimum}자 이상 입력하세요` : `${field}: at least ${issue.minimum} characters`
      }
      return ko ? `${field}: ${issue.minimum} 이상으로 입력하세요` : `${field}: enter ${issue.minimum} or more`
    case 'invalid_format':
      if (issue.format === 'datetime') return ko ? `${field}: 날짜와 시각을 YYYY-MM-DD HH:mm 형식으로 입력하세요` : `${field}: enter a date and time as YYYY-MM-DD HH:mm`
      if (issue.format === 'email') return ko ? `${field}: 이메일 주소 형식이 아닙니다` : `${field}: not an e-mail address`
      return ko ? `${field}: 형식이 올바르지 않습니다` : `${field}: the format is not right`
    case 'invalid_value':
      return ko ? `${field}: 목록에 있는 값을 고르세요` : `${field}: choose one of the listed values`
    case 'invalid_type':
      if (issue.input === undefined) return ko ? `${eul(field)} 입력하세요` : `${field}: please fill this in`
      return ko ? `${field}: 값의 종류가 올바르지 않습니다` : `${field}: wrong kind of value`
    case 'not_multiple_of':
      return ko ? `${field}: ${issue.divisor}의 배수로 입력하세요` : `${field}: enter a multiple of ${issue.divisor}`
    case 'unrecognized_keys':
      return ko ? `알 수 없는 항목입니다: ${issue.keys.join(', ')}` : `Unknown fields: ${issue.keys.join(', ')}`
    case 'custom':
      if (ko && issue.message) return issue.message
      if (!ko && typeof issue.params?.en === 'string') return issue.params.en
      return ko ? `${field}: 값이 올바르지 않습니다` : `${field}: this value is not accepted`
    default:
      return ko ? `${field}: 값이 올바르지 않습니다` : `${field}: this value is not valid`
  }
}

/** Field path → sentence, the first problem per field; the key is the dotted path the forms look up. */
export function issueFields(issues: readonly Issue[], lang: Lang, nameOf: (path: PropertyKey[]) => string | null): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issueSentence(issue, lang, nameOf)
  }
  return fields
}
