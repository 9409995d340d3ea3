import { describe, expect, it } from 'vitest'
import { normalizeExternalUrl } from '../../../shared/ipc'

describe('external links: only the normalised address is handed on', () => {
  it('returns the parsed address, not the raw string', () => {
    expect(normalizeExternalUrl(' https://www.veeam.com/kb')).toBe('https://www.veeam.com/kb')
    expect(normalizeExternalUrl('https://WWW.VEEAM.COM/a b')).toBe('https://www.veeam.com/a%20b')
    expect(normalizeExternalUrl('https://www.google.com/search?q=%EB%B0%B1%EC%97%85')).toBe('https://www.google.com/search?q=%EB%B0%B1%EC%97%85')
    expect(normalizeExternalUrl('tel:010 1234 5678')).toBe('tel:01012345678')
    expect(normalizeExternalUrl('tel:+82-10-1234-5678')).toBe('tel:+82-10-1234-5678')
  })

  it('refuses control characters anywhere (NUL, newline, tab)', () => {
    expect(normalizeExternalUrl('https://www.veeam.com/\u0000x')).toBeNull()
    expect(normalizeExternalUrl('https://www.veeam.com/\nx')).toBeNull()
    expect(normalizeExternalUrl('mailto:a@b.co?subject=a%0D%0ABcc:x@evil.example\r\n')).toBeNull()
    expect(normalizeExternalUrl('tel:010\t1234')).toBeNull()
  })

  it('mailto: one address with only subject, body and cc', () => {
    expect(normalizeExternalUrl('mailto:a@b.co?body=%EC%A4%84%0D%0A%EB%B0%94%EA%BF%88')).toBe('mailto:a@b.co?body=%EC%A4%84%0D%0A%EB%B0%94%EA%BF%88')
    expect(normalizeExternalUrl('mailto:sales.korea@veeam.com')).toBe('mailto:sales.korea@veeam.com')
    expect(normalizeExternalUrl('mailto:sales.korea@veeam.com?subject=%EA%B8%B0%EC%88%A0&body=a%20b&cc=se@veeam.com')).toBe(
      'mailto:sales.korea@veeam.com?subject=%EA%B8%B0%EC%88%A0&body=a%20b&cc=se%40veeam.com',
    )
    expect(normalizeExternalUrl('mailto:a@b.c&attach=/etc/passwd')).toBeNull()
    expect(normalizeExternalUrl('mailto:a@b.co&attach=/etc/passwd')).toBeNull()
    expect(normalizeExternalUrl('mailto:x@example.com?attach=/etc/passwd')).toBeNull()
    expect(normalizeExternalUrl('mailto:x@example.com?subject=a&bcc=spy@evil.example')).toBeNull()
    expect(normalizeExternalUrl('mailto:x@example.com?cc=a@b.co,%20c@d.co')).toBe('mailto:x@example.com?cc=a%40b.co%2Cc%40d.co')
    expect(normalizeExternalUrl('mailto:x@example.com?cc=not-an-address')).toBeNull()
    expect(normalizeExternalUrl('mailto:a@b.co,c@d.co')).toBeNull()
    expect(normalizeExternalUrl('mailto:x@example.com?subject=%E0%A4%A')).toBeNull() // malformed escapes: refused, not thrown
  })

  it('keeps refusing what the allow-list never allowed', () => {
    for (const url of ['http://www.veeam.com/', 'https://www.veeam.com.evil.example/', 'https://user@www.veeam.com/', 'https://www.veeam.com:8443/', 'file:///etc/passwd', 'javascript:alert(1)', 'tel:%E0%A4%A', 'tel:abc']) {
      expect(normalizeExternalUrl(url), url).toBeNull()
    }
  })

  it('compares the parsed address by origin and path, so tricky spellings open only what they really are', () => {
    const opened = {
      'https://WWW.VEEAM.COM/kb': 'https://www.veeam.com/kb', // uppercase host: the same site
      'HTTPS://forums.veeam.com/': 'https://forums.veeam.com/',
      'https://www.veeam.com:443/kb': 'https://www.veeam.com/kb', // the default port is no port
      'https:\\\\www.veeam.com\\kb': 'https://www.veeam.com/kb', // backslashes are slashes in an https URL
      'https://helpcenter.veeam.com/a/../../b': 'https://helpcenter.veeam.com/b', // dot segments resolved before the check
      'https://forums.veeam.com\\@evil.example/': 'https://forums.veeam.com/@evil.example/', // a path on the forum, not a user
      'https://www.google.com/search?q=%EB%B0%B1%EC%97%85': 'https://www.google.com/search?q=%EB%B0%B1%EC%97%85',
    }
    for (const [raw, url] of Object.entries(opened)) expect(normalizeExternalUrl(raw), raw).toBe(url)
    const refused = [
      'https://veeam.com@evil.example/', // userinfo: the host is evil.example
      'https://www.veeam.com.@evil.example/',
      'https://www.veeam.com./kb', // a trailing dot is another host name to the URL parser
      'https:/\\evil.example/',
      'https://www.veeаm.com/', // Cyrillic а: an IDN that becomes xn--…
      'https://www.veeam.com%2eevil.example/',
      'https://www.google.com/searchbyimage?image_url=https://evil.example/', // only Google's /search itself
      'https://www.google.com/search%2F..%2Furl?q=https://evil.example/',
      'https://www.google.com/url?q=https://evil.example/',
      'https://www.google.com.evil.example/search?q=x',
    ]
    for (const raw of refused) expect(normalizeExternalUrl(raw), raw).toBeNull()
  })
})
