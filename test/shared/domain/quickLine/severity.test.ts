import { describe, expect, it } from 'vitest'
import { fields, parse } from './parse'

describe('quick line: severity', () => {
  it.each([
    ['sev1 운영 DB 다운', 1],
    ['Sev 2 백업 실패', 2],
    ['SEV3 문의', 3],
    ['severity 4 질문', 4],
    ['심각도2 복구 실패', 2],
    ['심각도 3 복구 실패', 3],
    ['sev2로 올려주세요', 2],
    ['백업 실패 sev2', 2],
  ])('%s → Sev%i, removed from the title', (line, severity) => {
    const r = parse(line)
    expect(r.severity).toBe(severity)
    expect(r.title).not.toMatch(/sev|심각도/iu)
  })

  it.each(['S1 장애', 'S3 버킷 백업 실패', 'S2D 클러스터 백업', 'sev5 문의', 'sev12 문의', 'asev2 문의', 'sev2a 문의'])('%s has no severity', (line) => {
    expect(parse(line).severity).toBeUndefined()
    expect(parse(line).title).toBe(line)
  })

  it('twice: the last wins and both leave the title', () => {
    expect(fields('sev3 아니 sev2 백업 실패')).toEqual({ title: '아니 백업 실패', severity: 2, problemType: 'backup' })
  })
})
