import type { Bilingual, ProblemType, Track } from './types'

export type PlaybookKind = 'general' | 'immediate'

/** The three tracks, their examples from the guide, and which playbook each runs. */
export const TRACK_INFO: Readonly<Record<Track, { label: Bilingual; playbook: PlaybookKind; examples: Bilingual[] }>> = {
  general: {
    label: { ko: '일반 문제', en: 'General problem' },
    playbook: 'general',
    examples: [
      { ko: '설치', en: 'Installation' },
      { ko: '구성', en: 'Configuration' },
      { ko: '백업', en: 'Backup' },
      { ko: '복구', en: 'Restore' },
      { ko: '기타', en: 'Other' },
    ],
  },
  critical: {
    label: { ko: '심각한 문제', en: 'Critical problem' },
    playbook: 'immediate',
    examples: [
      { ko: '백업/복구 중 운영 서버 다운', en: 'Production server down during backup/restore' },
      { ko: '백업/복구 중 DB 서비스 다운', en: 'DB service down during backup/restore' },
      { ko: 'CDP/복제 중 운영 VM 다운', en: 'Production VM down during CDP/replication' },
      { ko: '기타', en: 'Other' },
    ],
  },
  sales: {
    label: { ko: '영업 관련 딜', en: 'Sales-related deal' },
    playbook: 'immediate',
    examples: [
      { ko: 'PoC 중인 고객', en: 'Customer in PoC' },
      { ko: '검수 전 고객', en: 'Customer before acceptance' },
      { ko: '증설 예정 고객', en: 'Customer with a planned expansion' },
    ],
  },
}

export const PROBLEM_TYPE_LABELS: Readonly<Record<ProblemType, Bilingual>> = {
  install: { ko: '설치', en: 'Installation' },
  config: { ko: '구성', en: 'Configuration' },
  backup: { ko: '백업', en: 'Backup' },
  restore: { ko: '복구', en: 'Restore' },
  performance: { ko: '성능', en: 'Performance' },
  monitoring: { ko: '모니터링', en: 'Monitoring' },
  question: { ko: '질문', en: 'Question' },
  other: { ko: '기타', en: 'Other' },
}

/** G1 asks to confirm prerequisites and limitations for these problem types. */
export function needsPrerequisiteCheck(problemType: ProblemType): boolean {
  return problemType === 'install' || problemType === 'config'
}
