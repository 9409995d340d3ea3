/** Korean wording of the enum values printed on the registration form (spec §2, §5, §7, §10). */

export const CUSTOMER_STATUS_KO: Record<string, string> = {
  operating: '운영 중',
  poc: 'PoC 중',
  preAcceptance: '검수 전',
  expansion: '증설 예정',
}

export const TRACK_KO: Record<string, string> = {
  general: '일반 문제',
  critical: '심각한 문제',
  sales: '영업 관련 딜',
}

export const PROBLEM_TYPE_KO: Record<string, string> = {
  install: '설치',
  config: '구성',
  backup: '백업',
  restore: '복구',
  performance: '성능',
  monitoring: '모니터링',
  question: '문의',
  other: '기타',
}

export const RENEWAL_KO: Record<string, string> = {
  production: 'Production (24/7/365 지원)',
  basic: 'Basic (평일 09:00–18:00 KST 지원)',
}

export const REGION_KO: Record<string, string> = {
  apj: 'APJ (아시아·태평양)',
  emea: 'EMEA (유럽·중동·아프리카)',
  amer: 'AMER (미주)',
}

export const ROLE_KO: Record<string, string> = {
  partner: '파트너 엔지니어',
  distributor: '총판 엔지니어',
  veeamSe: 'Veeam Korea SE',
}

/** Looks a key up case-insensitively; an unknown key is shown as it is rather than dropped. */
export function labelOf(table: Record<string, string>, key: unknown): string {
  if (key == null || key === '') return ''
  const raw = String(key)
  const hit = Object.entries(table).find(([k]) => k.toLowerCase() === raw.toLowerCase())
  return hit ? hit[1] : raw
}

/** Severity arrives as 1..4, '1'..'4' or 'sev1'..'sev4' depending on the domain's encoding. */
export function severityNumber(severity: unknown): number | null {
  const n = Number(String(severity ?? '').replace(/\D/g, ''))
  return n >= 1 && n <= 4 ? n : null
}
