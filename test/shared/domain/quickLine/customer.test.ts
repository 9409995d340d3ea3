import { describe, expect, it } from 'vitest'
import { fields, parse, tokenTexts } from './parse'

describe('quick line: customer', () => {
  it('a known customer by its stored name leaves the title, with its id', () => {
    expect(fields('한빛은행 백업 실패')).toMatchObject({ title: '백업 실패', customerName: '한빛은행', customerId: 1, customerIsNew: false })
  })

  it('the name without its legal-form mark matches, and the mark leaves with it when typed', () => {
    expect(fields('대한물산 설치 문의')).toMatchObject({ customerName: '(주)대한물산', customerId: 2, title: '설치 문의' })
    expect(fields('㈜대한물산 설치 문의')).toMatchObject({ customerName: '(주)대한물산', title: '설치 문의' })
    expect(fields('누리텔레콤 복구 실패')).toMatchObject({ customerName: '주식회사 누리텔레콤', customerId: 8 })
  })

  it('spaces inside a Hangul name are optional', () => {
    expect(fields('한빛 은행 백업 실패')).toMatchObject({ customerName: '한빛은행', title: '백업 실패' })
  })

  it('a particle stuck to the name leaves with it, stacked ones too', () => {
    expect(fields('한빛은행에서 복구 요청')).toMatchObject({ customerName: '한빛은행', title: '복구 요청' })
    expect(fields('한빛은행에서는 복구 실패')).toMatchObject({ customerName: '한빛은행', title: '복구 실패' })
    expect(fields('한빛은행쪽에서 복구 요청')).toMatchObject({ customerName: '한빛은행', title: '복구 요청' })
    expect(fields('한빛은행님께서 복구 요청')).toMatchObject({ customerName: '한빛은행', title: '복구 요청' })
    expect(fields('SK한테 백업 문의')).toMatchObject({ customerName: 'SK', title: '백업 문의' })
  })

  it('Latin names match at word boundaries only, in any case', () => {
    expect(parse('disk 교체 후 백업 실패').customerName).toBeUndefined()
    expect(fields('sk 백업 실패')).toMatchObject({ customerName: 'SK', customerId: 3 })
    expect(fields('ACME korea 설치')).toMatchObject({ customerName: 'Acme Korea', title: '설치' })
  })

  it('a known name is a whole word: not read out of a longer name that starts or ends with it', () => {
    expect(parse('한빛캐피탈 백업 실패').customerName).toBeUndefined()
    expect(parse('한빛캐피탈 백업 실패').title).toBe('한빛캐피탈 백업 실패')
    expect(parse('SK하이닉스 복구 실패').customerName).toBeUndefined()
    expect(parse('새한빛 백업').customerName).toBeUndefined()
    expect(fields('한빛에서 백업 실패')).toMatchObject({ customerName: '한빛', title: '백업 실패' })
    expect(fields('SK의 백업 실패')).toMatchObject({ customerName: 'SK', title: '백업 실패' })
  })

  it('the longest match wins (한빛은행 over 한빛)', () => {
    expect(fields('한빛은행 백업')).toMatchObject({ customerName: '한빛은행', customerId: 1 })
    expect(fields('한빛 백업')).toMatchObject({ customerName: '한빛', customerId: 5 })
  })

  it('an entry without an id gives the name and no id', () => {
    const r = parse('서울대병원 백업 실패')
    expect(r.customerName).toBe('서울대병원')
    expect(r.customerId).toBeUndefined()
  })

  it('@name names a known customer when it matches one, else a new one', () => {
    expect(fields('@한빛은행 백업 실패')).toMatchObject({ customerName: '한빛은행', customerId: 1, customerIsNew: false, title: '백업 실패' })
    expect(fields('@신한캐피탈 백업 실패')).toMatchObject({ customerName: '신한캐피탈', customerIsNew: true, title: '백업 실패' })
    expect(parse('@신한캐피탈 백업 실패').customerId).toBeUndefined()
  })

  it('@ inside an e-mail address names no one', () => {
    expect(fields('kim@hanbit.com 에서 문의')).toEqual({ title: 'kim@hanbit.com 에서 문의', problemType: 'question' })
  })

  it('text inside a matched customer name takes part in no other rule', () => {
    expect(fields('DB손해보험 중단 없음 문의')).toEqual({ title: '중단 없음 문의', customerName: 'DB손해보험', customerId: 4, customerIsNew: false, problemType: 'question' })
    expect(fields('DB손해보험 다운 보고')).not.toHaveProperty('track')
  })

  it('named twice: the last one wins and both leave the title', () => {
    expect(fields('한빛은행 아니고 SK 백업 실패')).toMatchObject({ customerName: 'SK', title: '아니고 백업 실패' })
    expect(tokenTexts('한빛은행 아니고 SK 백업 실패', 'customer')).toEqual(['한빛은행', 'SK'])
  })
})

describe('quick line: spans kept as plain text', () => {
  it('a kept span takes part in no rule and stays in the title', async () => {
    const { parseQuickLine } = await import('../../../../shared/domain')
    const { CUSTOMERS, TUESDAY } = await import('./parse')
    const line = '한빛은행 sev2 백업 실패'
    const r = parseQuickLine(line, { now: TUESDAY, customers: CUSTOMERS, keep: [{ start: 5, end: 9 }] })
    expect(r).toMatchObject({ title: 'sev2 백업 실패', customerName: '한빛은행', problemType: 'backup' })
    expect(r.severity).toBeUndefined()
  })
})
