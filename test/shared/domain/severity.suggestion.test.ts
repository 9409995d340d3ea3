import { describe, expect, it } from 'vitest'
import { ProblemTypeSchema, suggestSeverity, TrackSchema } from '../../../shared/domain'

describe('severity suggestion from track + problem type', () => {
  it('never suggests Sev1, for any track and problem type', () => {
    for (const track of TrackSchema.options) {
      for (const type of ProblemTypeSchema.options) expect(suggestSeverity(track, type)).not.toBe(1)
    }
  })

  it('serious (critical track) problems are Sev2 whatever the type', () => {
    for (const type of ProblemTypeSchema.options) expect(suggestSeverity('critical', type)).toBe(2)
  })

  it('backup failures, slow backup/restore, install and monitoring problems are Sev3', () => {
    for (const type of ['install', 'config', 'backup', 'restore', 'performance', 'monitoring', 'other'] as const) {
      expect(suggestSeverity('general', type)).toBe(3)
      expect(suggestSeverity('sales', type)).toBe(3)
    }
  })

  it('questions are Sev4 outside the critical track', () => {
    expect(suggestSeverity('general', 'question')).toBe(4)
    expect(suggestSeverity('sales', 'question')).toBe(4)
  })
})

describe('severity values', () => {
  it('are 1–4, listed in SeveritySchema.options like the other enums', async () => {
    const { SeveritySchema } = await import('../../../shared/domain')
    expect(SeveritySchema.options).toEqual([1, 2, 3, 4])
    expect(SeveritySchema.safeParse(5).success).toBe(false)
  })
})
