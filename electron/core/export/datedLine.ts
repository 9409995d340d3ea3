/** A "지금까지 조치 내역" line starts with its KST time stamp; both documents hang the text after it. */
const DATED = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(KST\))\s+(.*)$/s

export function splitDatedLine(line: string): { stamp: string; text: string } | null {
  const m = DATED.exec(line)
  return m ? { stamp: m[1], text: m[2] } : null
}
