import { describe, expect, it } from 'vitest'
import { parse } from './parse'

describe('quick line: problem type, the first keyword in the line', () => {
  it.each([
    ['VBR 설치 실패', 'install'],
    ['install error', 'install'],
    ['프록시 구성 질문', 'config'],
    ['보존 설정 변경', 'config'],
    ['configuration 확인', 'config'],
    ['백업 실패', 'backup'],
    ['Backup job failed', 'backup'],
    ['복구 안 됨', 'restore'],
    ['파일 복원 실패', 'restore'],
    ['Instant restore 느림', 'restore'],
    ['성능 저하', 'performance'],
    ['작업 느림', 'performance'],
    ['복제 지연', 'performance'],
    ['job slow', 'performance'],
    ['모니터링 경고', 'monitoring'],
    ['알람 안 옴', 'monitoring'],
    ['라이선스 문의', 'question'],
    ['질문 있습니다', 'question'],
    ['backup 후 restore 실패', 'backup'],
    ['복구 후 백업 실패', 'restore'],
  ])('%s → %s, kept in the title', (line, type) => {
    const r = parse(line)
    expect(r.problemType).toBe(type)
    expect(r.title).toBe(line)
  })

  it('no keyword, no type', () => {
    expect(parse('라이선스 만료 경고창').problemType).toBeUndefined()
  })
})
