import { describe, expect, it } from 'vitest'
import {
  buildRegistrationForm,
  exportFileName,
  formatKstDateTime,
  formValue,
  missingRequiredFields,
  registrationFormText,
  RegistrationFormSchema,
  safeFileNamePart,
} from '../../../../shared/form'
import { AppSettingsSchema } from '../../../../shared/model'
import { EXPECTED_FIELDS, emptyForm, fullForm, sampleInputs, sampleIssue } from './fixtures'

describe('buildRegistrationForm fills every field of the registration form', () => {
  const form = fullForm()

  it('has the title and the KST date it was written', () => {
    expect(form.title).toBe('빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(form.writtenAt).toBe('2026-11-27')
  })

  it.each(Object.entries(EXPECTED_FIELDS))('field %s', (key, value) => {
    expect(formValue(form, key)).toBe(value)
  })

  it('writes the date in KST even when UTC is still the previous day', () => {
    const f = buildRegistrationForm(sampleInputs({ now: new Date('2026-11-26T15:30:00.000Z') }))
    expect(f.writtenAt).toBe('2026-11-27')
  })

  it('puts symptoms and the error message together', () => {
    const v = formValue(form, 'symptoms')
    expect(v).toContain('스냅샷 제거 단계에서 응답 없음')
    expect(v).toContain('[에러 메시지]\nError: Failed to create VM snapshot.')
  })

  it('lists the actions from the timeline, dated in KST, oldest first, without bookkeeping events', () => {
    const lines = formValue(form, 'actions').split('\n')
    expect(lines).toEqual([
      '2026-11-27 09:20 (KST)  이슈 등록 — 운영 DB 서버 백업 중 VM 중단',
      '2026-11-27 09:25 (KST)  Veeam Knowledge Base 검색 “CreateSnapshot failed timeout is exceeded”',
      '2026-11-27 09:31 (KST)  Veeam Community Forums 검색 “Failed to publish VM 6160”',
      '2026-11-27 09:50 (KST)  전화 문의: 이준호 (에스티총판(주), 총판 엔지니어, 010-2345-6789) — 스냅샷 타임아웃 설정 확인, 해결 방안 없음',
      '2026-11-27 10:05 (KST)  Sev1 사전 협의: 박서연 (Veeam Korea, Veeam Korea SE, 010-9876-5432)',
      '2026-11-27 10:12 (KST)  Veeam 글로벌 기술 지원 케이스 오픈 #07712345 (예상 배정 APJ)',
      '2026-11-27 10:48 (KST)  Veeam 지원 엔지니어 최초 응답',
      '2026-11-27 13:30 (KST)  지원 Tier 변경 Tier 1 → Tier 2',
      '2026-11-27 13:31 (KST)  QA/DEV 참여',
      '2026-11-27 14:10 (KST)  전화 문의: 박서연 (Veeam Korea, Veeam Korea SE, 010-9876-5432) — 진행 상황 공유, 원격 세션 동석 예정',
    ])
  })

  it('maps each customer status, track, problem type and renewal to its Korean wording', () => {
    const status = { operating: '운영 중', poc: 'PoC 중', preAcceptance: '검수 전', expansion: '증설 예정' } as const
    for (const [k, ko] of Object.entries(status)) {
      const f = buildRegistrationForm(sampleInputs({ issue: sampleIssue({ customerStatus: k as keyof typeof status }) }))
      expect(formValue(f, 'customerStatus')).toBe(ko)
    }
    const types = { install: '설치', config: '구성', backup: '백업', restore: '복구', performance: '성능', monitoring: '모니터링', question: '질문', other: '기타' } as const
    for (const [k, ko] of Object.entries(types)) {
      const f = buildRegistrationForm(sampleInputs({ issue: sampleIssue({ problemType: k as keyof typeof types }) }))
      expect(formValue(f, 'problemType')).toBe(ko)
    }
    const f = buildRegistrationForm(sampleInputs({ issue: sampleIssue({ track: 'sales', renewal: 'basic', severity: 3, qaDevInvolved: false, tier: 1 }) }))
    expect(formValue(f, 'track')).toBe('영업 관련 딜')
    expect(formValue(f, 'renewal')).toBe('Basic (평일 09:00–18:00 KST 지원)')
    expect(formValue(f, 'severity')).toBe('Sev3')
    expect(formValue(f, 'tier')).toBe('Tier 1')
  })

  it('says a prerequisite check not made is 미확인, so "—" keeps meaning only "left empty"', () => {
    const line = (partner: boolean, distributor: boolean) =>
      formValue(buildRegistrationForm(sampleInputs({ issue: sampleIssue({ prereqCheckedPartner: partner, prereqCheckedDistributor: distributor }) })), 'prereqCheck')
    expect(line(false, false)).toBe('파트너: 미확인 / 총판 재확인: 미확인')
    expect(line(true, true)).toBe('파트너: ✓ 확인함 / 총판 재확인: ✓ 확인함')
    expect(line(false, true)).not.toContain('—')
  })

  it('says when the Sev1 consultation is not recorded', () => {
    const f = buildRegistrationForm(sampleInputs({ issue: sampleIssue({ sev1ConsultedSeId: null, sev1ConsultedAt: null }) }))
    expect(formValue(f, 'severity')).toBe('Sev1 — 사전 협의: (미입력)')
  })

  it('travels as JSON unchanged (strings only)', () => {
    expect(RegistrationFormSchema.parse(JSON.parse(JSON.stringify(form)))).toEqual(form)
  })
})

describe('missingRequiredFields', () => {
  it('is empty for the full sample', () => {
    expect(missingRequiredFields(fullForm())).toEqual([])
  })

  it('names the case number and open time before the case is opened', () => {
    const issue = sampleIssue({ caseNumber: null, caseOpenedAt: null, routedRegion: null, status: 'new' })
    const f = buildRegistrationForm(sampleInputs({ issue }))
    expect(missingRequiredFields(f)).toEqual(['케이스 번호 (Escalation Support 번호)', '케이스 오픈'])
  })

  it('names the partner profile on a fresh install', () => {
    const f = buildRegistrationForm(sampleInputs({ settings: AppSettingsSchema.parse({}), customer: null, contacts: [] }))
    expect(missingRequiredFields(f)).toEqual(expect.arrayContaining(['파트너사', '담당 엔지니어', '연락처', '이메일', '총판']))
  })

  it('names every required field of an empty form', () => {
    const f = emptyForm()
    expect(missingRequiredFields(f)).toHaveLength([...f.fields, ...f.sections].filter((x) => x.required).length)
  })
})

describe('registrationFormText', () => {
  it('has every label and value, and marks empty required ones', () => {
    const text = registrationFormText(fullForm())
    for (const [key, value] of Object.entries(EXPECTED_FIELDS)) expect(text, key).toContain(value)
    expect(text).toContain('[지금까지 조치 내역]\n2026-11-27 09:20 (KST)  이슈 등록')
    expect(registrationFormText(emptyForm())).toContain('케이스 번호 (Escalation Support 번호): (미입력)')
  })
})

describe('exportFileName', () => {
  it('is 기술이슈등록_<고객사>_<케이스번호>_<YYYYMMDD>.<ext>', () => {
    expect(exportFileName(fullForm(), 'pdf')).toBe('기술이슈등록_(주)한빛물산_07712345_20261127.pdf')
    expect(exportFileName({ customer: 'A', caseNumber: '1', writtenAt: '2026-01-02' }, '.docx')).toBe('기술이슈등록_A_1_20260102.docx')
    expect(exportFileName(sampleInputs(), 'eml')).toBe('기술이슈등록_(주)한빛물산_07712345_20261127.eml')
  })

  it('replaces path and reserved characters, control and bidi characters', () => {
    const name = exportFileName({ customer: '..\\고객/사:*?"<>|\u0007\u202Efdp.exe ', caseNumber: '12/34', writtenAt: '2026-11-27' }, 'pdf')
    expect(name).toBe('기술이슈등록_고객_사_fdp.exe_12_34_20261127.pdf')
    expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\p{Cf}]/u)
  })

  it('drops leading dots and trailing dots/spaces, and leaves empty parts out', () => {
    expect(safeFileNamePart('...숨김. . ')).toBe('숨김')
    expect(exportFileName({ customer: '', caseNumber: '', writtenAt: '2026-11-27' }, 'eml')).toBe('기술이슈등록_20261127.eml')
  })

  it('caps the length in UTF-8 bytes without splitting a character', () => {
    const name = exportFileName({ customer: '가'.repeat(300) + '😀'.repeat(50), caseNumber: '9'.repeat(100), writtenAt: '2026-11-27' }, 'docx')
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
    expect(name).not.toContain('\uFFFD')
    expect(name.endsWith('_20261127.docx')).toBe(true)
  })
})

describe('formatKstDateTime', () => {
  it('formats instants as KST with the zone named', () => {
    expect(formatKstDateTime('2026-12-31T15:00:00.000Z')).toBe('2027-01-01 00:00 (KST)')
    expect(formatKstDateTime(null)).toBe('')
  })
})
