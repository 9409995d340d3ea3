import { describe, expect, it } from 'vitest'
import { fields, parse } from './parse'

describe('quick line: status words make a sales deal, and stay in the title', () => {
  it.each([
    ['PoC 고객 백업 실패', 'poc'],
    ['poc중 복구 실패', 'poc'],
    ['POC 진행 중 설치', 'poc'],
    ['검수 전 성능 이슈', 'preAcceptance'],
    ['검수전 성능 이슈', 'preAcceptance'],
    ['증설 예정 고객 문의', 'expansion'],
    ['증설예정 고객 문의', 'expansion'],
  ])('%s → %s', (line, status) => {
    const r = parse(line)
    expect(r.customerStatus).toBe(status)
    expect(r.track).toBe('sales')
    expect(r.title).toBe(line)
  })

  it('plain 증설 is no sales deal', () => {
    expect(fields('스토리지 증설 후 백업 실패')).toEqual({ title: '스토리지 증설 후 백업 실패', problemType: 'backup' })
  })

  it('a status word and a critical phrase together: sales wins', () => {
    expect(fields('PoC중 운영 서버 다운')).toMatchObject({ track: 'sales', customerStatus: 'poc' })
  })
})

describe('quick line: critical track', () => {
  it.each(['운영 서버 다운', 'DB 중단', 'DB다운', '서비스 정지됨', 'VM 멈춤', '운영 DB 중단됐음', '서버 다운되었음', '운영 VM 다운 중', 'db 다운'])('%s → critical', (line) => {
    const r = parse(line)
    expect(r.track).toBe('critical')
    expect(r.title).toBe(line)
  })

  it.each([
    'DB 중단 없음',
    '서버 다운 아님',
    'VM 백업 작업 중단',
    'VM 백업 중단',
    '서버 다운로드 실패',
    'DB 다운그레이드 문의',
    '백업 작업 중단',
    'VMware 도구 설치',
    '운영 중',
  ])('%s → no track', (line) => {
    expect(parse(line).track).toBeUndefined()
  })
})
