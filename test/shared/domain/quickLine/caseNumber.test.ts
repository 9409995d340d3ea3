import { describe, expect, it } from 'vitest'
import { fields, parse } from './parse'

describe('quick line: case number', () => {
  it.each([
    ['#01234567 백업 실패', '01234567'],
    ['case 07654321 백업 실패', '07654321'],
    ['Case#07654321 백업 실패', '07654321'],
    ['케이스 07654321 백업 실패', '07654321'],
    ['케이스#07654321 백업 실패', '07654321'],
    ['케이스 번호 07654321 백업 실패', '07654321'],
  ])('%s → %s, removed from the title', (line, caseNumber) => {
    const r = parse(line)
    expect(r.caseNumber).toBe(caseNumber)
    expect(r.title).toBe('백업 실패')
  })

  it.each(['#1234567 백업 실패', '#123456789 백업 실패', '12345678 백업 실패', 'showcase 12345678 백업'])('%s has no case number', (line) => {
    expect(parse(line).caseNumber).toBeUndefined()
  })

  it('twice: the last wins and both leave the title', () => {
    expect(fields('#11111111 → #22222222 복구')).toEqual({ title: '→ 복구', caseNumber: '22222222', problemType: 'restore' })
  })
})
