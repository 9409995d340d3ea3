/**
 * Text → space-separated overlapping bigrams of each run of letters/digits, lowercased, plus each
 * run's last character alone, so that a 1-character prefix query also reaches the last position.
 * Feeds the `issues_fts2` table that answers 1–2 character searches.
 */
export function bigrams(text: string | null): string {
  if (!text) return ''
  const out: string[] = []
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(run)
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1])
    out.push(chars[chars.length - 1])
  }
  return out.join(' ')
}

/** The letters/digits of a query, for deciding which FTS table answers it. */
export const queryChars = (q: string): string[] => Array.from(q.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join('') ?? '')
