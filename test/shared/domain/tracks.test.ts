import { describe, expect, it } from 'vitest'
import { needsPrerequisiteCheck, PROBLEM_TYPE_LABELS, ProblemTypeSchema, TRACK_INFO } from '../../../shared/domain'

describe('tracks: general, critical, sales deal', () => {
  it('general runs the general playbook; critical and sales run the immediate one', () => {
    expect(TRACK_INFO.general.playbook).toBe('general')
    expect(TRACK_INFO.critical.playbook).toBe('immediate')
    expect(TRACK_INFO.sales.playbook).toBe('immediate')
    expect(TRACK_INFO.sales.label.ko).toBe('영업 관련 딜')
  })

  it('every problem type has a Korean and English label; install/config ask for the prerequisite check', () => {
    for (const t of ProblemTypeSchema.options) expect(PROBLEM_TYPE_LABELS[t].ko && PROBLEM_TYPE_LABELS[t].en).toBeTruthy()
    expect(ProblemTypeSchema.options.filter(needsPrerequisiteCheck)).toEqual(['install', 'config'])
  })
})
