import type { Severity } from '../vocabulary'
import { PARTICLE, WORD_END, WORD_START, matches } from './text'
import type { Found } from './types'

// sev1–sev4, sev 2, severity 2, 심각도2 / 심각도 2, any case, then a space, a particle or the end.
// Bare S1–S4 are not severities: S3 is Amazon S3 in Veeam work, S2D a product. The particle goes with it.
const SEVERITY = new RegExp(`${WORD_START}(?:sev(?:erity)?|심각도)\\s*([1-4])(?![0-9])(?:${PARTICLE}|이고|고|임)?${WORD_END}`, 'giu')

export function findSeverities(text: string): Found<Severity>[] {
  return [...matches(SEVERITY, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: Number(m[1]) as Severity }))
}
