/** Addresses the app may open in the system browser (Veeam's own help, forum and KB sites), plus tel: and mailto:. */
export const EXTERNAL_ALLOW_LIST = [
  'https://www.veeam.com/',
  'https://forums.veeam.com/',
  'https://www.google.com/search',
  'https://helpcenter.veeam.com/',
  'https://my.veeam.com/',
] as const

/**
 * The allow-list parsed once: an address matches an entry with the same origin and, when the
 * entry's path ends in `/`, a path below it, otherwise exactly that path (Google's `/search`, not
 * `/searchbyimage` or `/search%2F..%2Furl`). Compared on the parsed URL, never as text.
 */
const ALLOWED = EXTERNAL_ALLOW_LIST.map((entry) => new URL(entry))
const isAllowListed = (url: URL): boolean =>
  ALLOWED.some((a) => url.origin === a.origin && (a.pathname.endsWith('/') ? url.pathname.startsWith(a.pathname) : url.pathname === a.pathname))

/** One address of a mailto: link (no commas, no header-like characters). */
const MAIL_ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/
const MAILTO_FIELDS = new Set(['subject', 'body', 'cc'])
const hasControl = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)

const decode = (s: string): string | null => {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

/**
 * The address to hand the system browser, rebuilt from its parsed parts, or null when it is not
 * allowed. Only the returned string may be opened: the raw one may carry a leading space, a NUL or
 * extra mail headers that the parser and the operating system read differently.
 * - https: on the allow-list, no user, password or port;
 * - tel: digits, +, -, (, ), spaces;
 * - mailto: one address, with only subject, body and cc (cc: addresses) — nothing that could
 *   attach a file or add a header.
 */
export function normalizeExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 8000) return null
  const text = raw.trim()
  // Control characters anywhere (NUL, newlines, tabs) would be dropped or kept differently downstream.
  if (hasControl(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol === 'tel:') {
    const number = decode(url.pathname)
    return number !== null && /^\+?[0-9\-() ]{3,30}$/.test(number) ? `tel:${number.replaceAll(' ', '')}` : null
  }
  if (url.protocol === 'mailto:') return normalizeMailto(url)
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null
  return isAllowListed(url) ? url.href : null
}

function normalizeMailto(url: URL): string | null {
  const to = decode(url.pathname)
  if (to === null || !MAIL_ADDRESS.test(to)) return null
  const fields: string[] = []
  for (const part of url.search.slice(1).split('&').filter(Boolean)) {
    const eq = part.indexOf('=')
    const key = (eq < 0 ? part : part.slice(0, eq)).toLowerCase()
    const value = decode((eq < 0 ? '' : part.slice(eq + 1)).replaceAll('+', '%2B'))
    if (!MAILTO_FIELDS.has(key) || value === null) return null
    // Line breaks belong in the body only: in the subject they could start a header of their own.
    if (key !== 'body' && hasControl(value)) return null
    if (key === 'cc' && !value.split(',').every((a) => MAIL_ADDRESS.test(a.trim()))) return null
    fields.push(`${key}=${encodeURIComponent(key === 'cc' ? value.split(',').map((a) => a.trim()).join(',') : value)}`)
  }
  return `mailto:${to}${fields.length ? `?${fields.join('&')}` : ''}`
}

export function isAllowedExternalUrl(raw: string): boolean {
  return normalizeExternalUrl(raw) !== null
}

/** One-click searches of an error message (Veeam forum, Veeam KB, Google). */
export function errorSearchUrls(error: string): { forum: string; kb: string; google: string } {
  const q = encodeURIComponent(error.trim().slice(0, 500))
  return {
    forum: `https://forums.veeam.com/search.php?keywords=${q}`,
    kb: `https://www.veeam.com/knowledge-base.html?query=${q}`,
    google: `https://www.google.com/search?q=${q}`,
  }
}
