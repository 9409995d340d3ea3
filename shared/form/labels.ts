import { PROBLEM_TYPE_LABELS, TRACK_INFO, type ProblemType, type Region, type Renewal, type Role, type Track } from '../domain'
import { CUSTOMER_STATUS_LABELS, type CustomerStatus } from '../model/customerStatus'

/** Korean wording of the enum values printed on the registration form (tracks, renewal, region, roles). */

export const customerStatusKo = (s: CustomerStatus): string => CUSTOMER_STATUS_LABELS[s].ko

export const trackKo = (t: Track): string => TRACK_INFO[t].label.ko
export const problemTypeKo = (p: ProblemType): string => PROBLEM_TYPE_LABELS[p].ko

export const RENEWAL_KO: Record<Renewal, string> = {
  production: 'Production (24/7/365 지원)',
  basic: 'Basic (평일 09:00–18:00 KST 지원)',
}

export const REGION_KO: Record<Region, string> = {
  APJ: 'APJ (아시아·태평양)',
  EMEA: 'EMEA (유럽·중동·아프리카)',
  AMER: 'AMER (미주)',
}

export const ROLE_KO: Record<Role, string> = {
  partner: '파트너 엔지니어',
  distributor: '총판 엔지니어',
  veeamSe: 'Veeam Korea SE',
}
