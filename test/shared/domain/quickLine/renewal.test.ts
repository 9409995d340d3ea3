import { describe, expect, it } from 'vitest'
import { fields, parse } from './parse'

describe('quick line: renewal', () => {
  it.each([
    ['production 백업 실패', 'production'],
    ['Production 고객 복구 요청', 'production'],
    ['프로덕션 백업 실패', 'production'],
    ['basic 설치 문의', 'basic'],
    ['BASIC 설치 문의', 'basic'],
    ['베이직 설치 문의', 'basic'],
    ['베이직으로 등록 설치', 'basic'],
  ])('%s → %s, removed from the title', (line, renewal) => {
    const r = parse(line)
    expect(r.renewal).toBe(renewal)
    expect(r.title).not.toMatch(/production|프로덕션|basic|베이직/iu)
  })

  it.each(['production 서버 다운', '프로덕션 DB 느림', 'production VM 복구', '프로덕션 환경 설치', 'basics 문의', '베이직하게 설정'])('%s names no renewal', (line) => {
    expect(parse(line).renewal).toBeUndefined()
  })

  it('twice: the last wins', () => {
    expect(fields('basic 아니고 production 백업 실패')).toEqual({ title: '아니고 백업 실패', renewal: 'production', problemType: 'backup' })
  })
})
