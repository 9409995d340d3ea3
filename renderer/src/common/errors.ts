import { ApiError } from '../../api'
import type { Lang } from '../../../shared/format/duration'
import { i18n } from '../i18n'
import { issueFields, lastKey } from '../../../shared/ipc/zodSentence'

export interface FormErrors {
  message: string
  fields: Record<string, string>
}

export const noErrors: FormErrors = { message: '', fields: {} }

/** Names of fields outside the issue editor's list (`wb.fields`), by the last segment of their path. */
const EXTRA_NAMES: Record<string, { ko: string; en: string }> = {
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

/** A field's name in the UI language, from the last segment of its path (`patch.title` → 제목). */
export function fieldName(path: PropertyKey[], lang: Lang = i18n.language as Lang): string | null {
  const last = lastKey(path)
  if (!last) return null
  if (i18n.exists(`wb.fields.${last}`)) return i18n.t(`wb.fields.${last}`, { lng: lang })
  return EXTRA_NAMES[last]?.[lang] ?? null
}

/**
 * A failed call as a message plus per-field messages (field path → text), in the UI language: the
 * page's own contract check is worded here; the core's error carries Korean and, under `en`, English.
 * `nameOf` names the fields where a page labels them its own way (Settings), else `fieldName`.
 */
export function toFormErrors(e: unknown, nameOf?: (path: PropertyKey[]) => string | null): FormErrors {
  const lang = i18n.language as Lang
  if (e instanceof ApiError && e.issues?.length) {
    const fields = issueFields(e.issues, lang, (path) => nameOf?.(path) ?? fieldName(path, lang))
    return { message: Object.values(fields)[0], fields }
  }
  if (e instanceof ApiError) {
    const { en } = e.error
    if (lang === 'en' && en) return { message: en.message, fields: en.fields ?? {} }
    return { message: e.error.message, fields: e.error.fields ?? {} }
  }
  return { message: e instanceof Error ? e.message : String(e), fields: {} }
}

/** The message for a field: exact path, or a nested path under it (e.g. `domain.calendar.open`). */
export function fieldError(errors: FormErrors, path: string): string | undefined {
  if (errors.fields[path]) return errors.fields[path]
  const nested = Object.keys(errors.fields).find((k) => k.startsWith(path + '.'))
  return nested ? errors.fields[nested] : undefined
}

/** A failed call as one sentence in the UI language. */
export const errorText = (e: unknown): string => toFormErrors(e).message
