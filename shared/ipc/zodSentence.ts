import type { z } from 'zod'
import type { Lang } from '../format/duration'

/** A zod issue (zod v4's issue shapes, only what the sentences need). */
type Issue = z.core.$ZodIssue

/** Korean object particle after a name: 을 after a final consonant, 를 otherwise (Latin names take 을(를)). */
function eul(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  if (last < 0xac00 || last > 0xd7a3) return `${word}을(를)`
  return (last - 0xac00) % 28 ? `${word}을` : `${word}를`
}

const HANGUL = /[\uac00-\ud7a3]/

/** The field a path ends in: its last key that is a name (`patch.title` → title, `steps.0.note` → note). */
export const lastKey = (path: readonly PropertyKey[]): string | null => {
  const last = [...path].reverse().find((p) => typeof p === 'string')
  return last === undefined ? null : String(last)
}

/**
 * Who words the problem. The page names each field in the UI's words and words each rule itself,
 * taking a schema's own (Korean) message only where zod cannot describe the rule (custom, a
 * pattern); the core knows fields only by their keys, so its Korean takes the schema's message
 * whenever there is one (it names the field: "제목을 입력하세요").
 */
export type Wording = 'page' | 'core'

/**
 * One validation problem as a sentence in Korean or English. zod's own messages are English, so a
 * rule is worded here from its code; a custom rule's English is the `params.en` the schema gives
 * beside its Korean message.
 */
export function issueSentence(issue: Issue, lang: Lang, nameOf: (path: PropertyKey[]) => string | null, wording: Wording = 'page'): string {
  const ko = lang === 'ko'
  const unworded = issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex')
  if (ko && (unworded || wording === 'core') && HANGUL.test(issue.message)) return issue.message
  const name = nameOf(issue.path)
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
      if (!ko && typeof issue.params?.en === 'string') return issue.params.en
      return ko ? `${field}: 값이 올바르지 않습니다` : `${field}: this value is not accepted`
    default:
      return ko ? `${field}: 값이 올바르지 않습니다` : `${field}: this value is not valid`
  }
}

/** Field path → sentence, the first problem per field; the key is the dotted path the forms look up. */
export function issueFields(
  issues: readonly Issue[],
  lang: Lang,
  nameOf: (path: PropertyKey[]) => string | null,
  wording: Wording = 'page',
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issueSentence(issue, lang, nameOf, wording)
  }
  return fields
}
