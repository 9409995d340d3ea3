/** Addresses the app may open in the system browser (spec §9 resources), plus tel: and mailto:. */
export const EXTERNAL_ALLOW_LIST = [
  'https://www.veeam.com/',
  'https://forums.veeam.com/',
  'https://www.google.com/search',
  'https://helpcenter.veeam.com/',
  'https://my.veeam.com/',
] as const

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'tel:') return /^tel:\+?[0-9\-() ]{3,30}$/.test(raw.replaceAll('%20', ' '))
  // mailto: an address, optionally a subject/body/cc — nothing that could attach files or add headers.
  if (url.protocol === 'mailto:') return /^mailto:[^?\s]+(\?((subject|body|cc)=[^&\s]*&?)*)?$/i.test(raw)
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  return EXTERNAL_ALLOW_LIST.some((prefix) => url.href.startsWith(prefix))
}

/** One-click searches of an error message (spec §9). */
export function errorSearchUrls(error: string): { forum: string; kb: string; google: string } {
  const q = encodeURIComponent(error.trim().slice(0, 500))
  return {
    forum: `https://forums.veeam.com/search.php?keywords=${q}`,
    kb: `https://www.veeam.com/knowledge-base.html?query=${q}`,
    google: `https://www.google.com/search?q=${q}`,
  }
}
