import type { Bilingual, Severity } from './types'

/** Who at Veeam Korea was consulted before choosing Sev1 (사전 협의), and when. */
export interface Sev1Consultation {
  seName: string
  at: Date
}

export type SeverityChoice = { ok: true } | { ok: false; reason: 'sev1NeedsConsultation'; message: Bilingual }

const SEV1_REFUSED: Bilingual = {
  ko: 'Sev1은 Veeam Korea SE와 사전 협의 후 설정합니다 — 지금은 Sev2로 등록하고 협의 후 올리세요',
  en: 'Sev1 needs prior consultation with a Veeam Korea SE — register it as Sev2 now and raise it after consulting',
}

/** Spec §5: Sev1 only with a recorded consultation (an SE named, a time); other severities always. */
export function checkSeverityChoice(severity: Severity, consultation?: Sev1Consultation | null): SeverityChoice {
  if (severity !== 1) return { ok: true }
  if (consultation && consultation.seName.trim() !== '' && !Number.isNaN(consultation.at.getTime())) return { ok: true }
  return { ok: false, reason: 'sev1NeedsConsultation', message: SEV1_REFUSED }
}
