/**
 * Text safe for both documents: NFC (macOS hands over decomposed Hangul), Unix newlines, tabs as
 * spaces, and no characters XML 1.0 forbids (a stray NUL or a lone surrogate from a pasted log
 * makes Word refuse the whole file).
 */
export function cleanText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // XML 1.0 forbids these control characters.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC')
}

/** Lines of a multi-line value, with trailing blank lines dropped. */
export function textLines(s: string): string[] {
  const lines = cleanText(s).split('\n')
  while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop()
  return lines
}
