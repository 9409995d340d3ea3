import { describe, expect, it } from 'vitest'
import { DomainSettingsSchema } from '../../../shared/domain'
import { AppSettingsSchema } from '../../../shared/model'

/** Every numeric leaf of the defaults, as a path, e.g. ['playbook', 'g7VeeamWorkDays']. */
function numericPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'number') return [path]
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => numericPaths(v, [...path, k]))
}

function withValue(path: string[], v: unknown): Record<string, unknown> {
  const copy = structuredClone(DomainSettingsSchema.parse({})) as unknown as Record<string, unknown>
  let node = copy
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>
  node[path.at(-1)!] = v
  return copy
}

const hangul = /[가-힣]/

describe('numeric settings are bounded to what a person could mean', () => {
  const paths = numericPaths(DomainSettingsSchema.parse({})).filter((p) => p[0] !== 'routing') // routing days are 1–7 already

  it('finds every numeric setting (targets, playbook, alerts)', () => {
    expect(paths.map((p) => p.join('.'))).toEqual([
      'targets.production.1', 'targets.production.2', 'targets.production.3', 'targets.production.4',
      'targets.basic.1', 'targets.basic.2', 'targets.basic.3', 'targets.basic.4',
      'playbook.g2SelfTroubleshootBusinessDays', 'playbook.g4DistributorBusinessDays', 'playbook.g6FormAfterCaseOpenMinutes',
      'playbook.g7VeeamWorkDays', 'playbook.c5CallWithinMinutes.critical', 'playbook.c5CallWithinMinutes.sales',
      'alerts.leadMinutes', 'alerts.closingSoonMinutes',
    ])
  })

  it.each([5e6, 1e15, -1])('refuses %d in every numeric setting, with a Korean message on that field', (v) => {
    for (const p of paths) {
      const r = DomainSettingsSchema.safeParse(withValue(p, v))
      expect(r.success, p.join('.')).toBe(false)
      const issue = r.error!.issues[0]
      expect(issue.path.map(String)).toEqual(p)
      expect(issue.message).toMatch(hangul)
    }
  })

  it('the two values of the report: g7VeeamWorkDays = 5e6 and targets.production["2"] = 1e15', () => {
    const app = AppSettingsSchema.parse({})
    const g7 = AppSettingsSchema.safeParse({ ...app, domain: { ...app.domain, playbook: { ...app.domain.playbook, g7VeeamWorkDays: 5e6 } } })
    expect(g7.error?.issues[0].message).toBe('60일 이하로 입력하세요')
    const target = AppSettingsSchema.safeParse({
      ...app,
      domain: { ...app.domain, targets: { ...app.domain.targets, production: { ...app.domain.targets.production, 2: 1e15 } } },
    })
    expect(target.error?.issues[0].message).toBe('168시간 이하로 입력하세요')
  })

  it('keeps accepting what people set: the defaults, fractions, and each maximum', () => {
    expect(DomainSettingsSchema.safeParse(withValue(['playbook', 'c5CallWithinMinutes', 'critical'], 70 / 60)).success).toBe(true)
    expect(DomainSettingsSchema.safeParse(withValue(['playbook', 'g2SelfTroubleshootBusinessDays'], 0.5)).success).toBe(true)
    expect(DomainSettingsSchema.safeParse(withValue(['alerts', 'leadMinutes'], 0)).success).toBe(true)
    for (const [p, max] of [
      [['targets', 'basic', '4'], 168],
      [['playbook', 'g7VeeamWorkDays'], 60],
      [['playbook', 'g2SelfTroubleshootBusinessDays'], 30],
      [['playbook', 'g6FormAfterCaseOpenMinutes'], 1440],
      [['alerts', 'leadMinutes'], 1440],
      [['alerts', 'closingSoonMinutes'], 600],
    ] as const) {
      expect(DomainSettingsSchema.safeParse(withValue([...p], max)).success, p.join('.')).toBe(true)
      expect(DomainSettingsSchema.safeParse(withValue([...p], max + 1)).success, p.join('.')).toBe(false)
    }
  })

  it('bounds the lists of added and removed holidays', () => {
    const many = Array.from({ length: 1001 }, (_, i) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10))
    const r = DomainSettingsSchema.safeParse({ calendar: { addedHolidays: many } })
    expect(r.error?.issues[0].message).toMatch(hangul)
    expect(DomainSettingsSchema.safeParse({ calendar: { addedHolidays: many.slice(0, 1000) } }).success).toBe(true)
  })
})
