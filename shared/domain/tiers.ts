import { z } from 'zod'
import type { Bilingual } from './types'

/** Spec §8: Veeam support tiers. QA/DEV is not a tier but a flag on the issue. */
export const TierSchema = z.enum(['tier1', 'tier2', 'tier3'])
export type Tier = z.infer<typeof TierSchema>

export const TIER_INFO: Readonly<Record<Tier, { label: Bilingual; scope: Bilingual }>> = {
  tier1: {
    label: { ko: 'Tier 1', en: 'Tier 1' },
    scope: {
      ko: '1차 대응, 다국어, 전 제품 영역; 심각한 장애 전담팀',
      en: 'First line; multilingual; all product areas; a dedicated team for severe outages',
    },
  },
  tier2: {
    label: { ko: 'Tier 2', en: 'Tier 2' },
    scope: {
      ko: '복잡하고 우선순위 높은 케이스; QA/DEV와 협업, 새 해결책과 코드 수정',
      en: 'Complex, high priority; works with QA/DEV; new solutions and code fixes',
    },
  },
  tier3: {
    label: { ko: 'Tier 3', en: 'Tier 3' },
    scope: {
      ko: '복잡한 시나리오; 재설계 또는 프라이빗 핫픽스; 코드 접근 권한',
      en: 'Complex scenarios; redesign or private hotfix; has code access',
    },
  },
}

/** Most cases stay with Tier 1 unless a code change is needed. */
export const DEFAULT_TIER: Tier = 'tier1'
