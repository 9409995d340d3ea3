import { formatKstDate } from './kst'
import { formValue, type RegistrationForm, type RegistrationFormInputs } from './registrationForm'

export interface FileNameParts {
  customer: string
  caseNumber: string
  /** 'YYYY-MM-DD' or 'YYYYMMDD'. */
  writtenAt: string
}

const encoder = new TextEncoder()
const utf8Length = (s: string): number => encoder.encode(s).length

/** Cuts on whole characters (never half a surrogate pair) so the result is at most `maxBytes` UTF-8 bytes. */
function capBytes(s: string, maxBytes: number): string {
  let out = ''
  for (const ch of s) {
    if (utf8Length(out + ch) > maxBytes) break
    out += ch
  }
  return out
}

/**
 * One safe path segment on Windows, macOS and Linux: no \ / : * ? " < > |, no control or
 * invisible format characters (a right-to-left override could disguise the extension),
 * no leading dots, no trailing dots or spaces.
 */
export function safeFileNamePart(raw: string, maxBytes = 80): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '_')
    .replace(/\s+/gu, ' ')
    .replace(/_{2,}/gu, '_')
    .replace(/^[.\s_]+/u, '')
  return capBytes(cleaned, maxBytes).replace(/[.\s_]+$/u, '')
}

type FileNameSource = RegistrationForm | RegistrationFormInputs | FileNameParts

function partsOf(source: FileNameSource): FileNameParts {
  if ('issue' in source) {
    const { issue, customer, now } = source
    return { customer: issue.customerName || customer?.name || '', caseNumber: issue.caseNumber ?? '', writtenAt: formatKstDate(now) }
  }
  if ('fields' in source) {
    return { customer: formValue(source, 'customer'), caseNumber: formValue(source, 'caseNumber'), writtenAt: source.writtenAt }
  }
  return source
}

/** `기술이슈등록_<고객사>_<케이스번호>_<YYYYMMDD>.<ext>`; empty parts are left out rather than left blank. */
export function exportFileName(source: FileNameSource, ext: string): string {
  const p = partsOf(source)
  const date = p.writtenAt.replace(/\D/g, '').slice(0, 8)
  const base = ['기술이슈등록', safeFileNamePart(p.customer, 80), safeFileNamePart(p.caseNumber, 40), date]
    .filter(Boolean)
    .join('_')
  const extension = safeFileNamePart(ext.replace(/^\.+/, ''), 10).replace(/[^\p{L}\p{N}]/gu, '')
  return extension ? `${base}.${extension}` : base
}

/** The three file names of one export. */
export function exportFileNames(form: Parameters<typeof exportFileName>[0]): { docx: string; pdf: string; eml: string } {
  return { docx: exportFileName(form, 'docx'), pdf: exportFileName(form, 'pdf'), eml: exportFileName(form, 'eml') }
}
