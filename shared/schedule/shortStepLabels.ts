import type { Bilingual } from '../domain'

/** Few-word names of each deadline for the tray, where the full step titles do not fit. */
export const SHORT_STEP_LABELS: Readonly<Record<string, Bilingual>> = {
  G2: { ko: '자체 점검', en: 'self-check' },
  G3: { ko: '총판 전화', en: 'call distributor' },
  G4: { ko: '총판 협업', en: 'distributor work' },
  G5: { ko: '케이스 오픈', en: 'open case' },
  G6: { ko: '등록양식', en: 'send form' },
  G7: { ko: 'Veeam 작업', en: 'Veeam work' },
  C2: { ko: '케이스 오픈', en: 'open case' },
  C3: { ko: '등록양식', en: 'send form' },
  C4: { ko: '트러블슈팅', en: 'troubleshoot' },
  C5: { ko: '총판·SE 전화', en: 'call distributor & SE' },
  target: { ko: '목표 응답', en: 'target response' },
}

export const shortStepLabel = (target: string, language: 'ko' | 'en'): string => SHORT_STEP_LABELS[target]?.[language] ?? target
