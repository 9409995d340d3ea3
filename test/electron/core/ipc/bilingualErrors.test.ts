import { afterEach, describe, expect, it } from 'vitest'
import { DISK_FULL, READ_ONLY, storeFailure } from '../../../../electron/core/store/storeErrors'
import { AppError } from '../../../../shared/ipc'
import { SEV1_NEEDS_SE } from '../../../../shared/model'
import { testCore } from '../testCore'

const hangul = /[가-힣]/
let t: ReturnType<typeof testCore> | null = null
afterEach(() => {
  t?.core.close()
  t = null
})

const errorOf = (reply: Awaited<ReturnType<ReturnType<typeof testCore>['callRaw']>>) => {
  if (reply.ok) throw new Error('expected a failure')
  return reply.error
}

describe('an error from the core reaches the wire in Korean and, under en, in English', () => {
  it('a rule error (Sev1 without a consulted SE) carries both texts, for the message and its field', async () => {
    t = testCore()
    const error = errorOf(await t.callRaw('issues.create', { title: 'VBR 작업 실패', track: 'critical', severity: 1 }))
    expect(error).toEqual({
      code: 'rule',
      message: SEV1_NEEDS_SE.ko,
      fields: { severity: SEV1_NEEDS_SE.ko },
      en: { message: SEV1_NEEDS_SE.en, fields: { severity: SEV1_NEEDS_SE.en } },
    })
  })

  it('a notFound names the field in both languages', async () => {
    t = testCore()
    const error = errorOf(await t.callRaw('issues.create', { title: 'x', track: 'general', customerId: 999 }))
    expect(error).toEqual({
      code: 'notFound',
      message: '고객사를 찾을 수 없습니다',
      fields: { customerId: '없는 고객사입니다' },
      en: { message: 'The customer was not found', fields: { customerId: 'No such customer' } },
    })
  })

  it('a time rule names both moments in English', async () => {
    t = testCore('2026-11-25T01:00:00.000Z')
    const { id } = await t.call('issues.create', { title: 'x', track: 'general' })
    await t.call('issues.openCase', { id, caseNumber: '01234567', at: '2026-11-25T01:00:00.000Z' })
    const error = errorOf(await t.callRaw('issues.firstResponse', { id, at: '2026-11-25T03:00:00.000Z' }))
    expect(error.message).toBe('첫 응답 시각은 미래일 수 없습니다')
    expect(error.en).toEqual({ message: 'The first response time cannot be in the future', fields: { at: 'This time is in the future' } })
  })

  it('a full disk (through dispatch) says in English that nothing was saved and the earlier records are intact', async () => {
    t = testCore()
    await t.call('issues.create', { title: '먼저', track: 'general' })
    const db = t.core.store.connection
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`)
    const error = errorOf(await t.callRaw('issues.create', { title: '저장 안 됨', track: 'general', errorMessage: '나'.repeat(20_000) }))
    db.pragma('max_page_count = 1073741823')
    expect(error).toEqual({ code: 'diskFull', message: DISK_FULL.ko, en: { message: DISK_FULL.en } })
    expect(error.en?.message).toMatch(/not saved.*earlier records are intact.*free up some disk space/)
  })

  it('storeFailure turns SQLite and file-system codes into errors with both texts', () => {
    const failure = (code: string) => storeFailure(Object.assign(new Error(code), { code }))?.toIpcError()
    expect(failure('SQLITE_FULL')).toEqual({ code: 'diskFull', message: DISK_FULL.ko, en: { message: DISK_FULL.en } })
    expect(failure('ENOSPC')?.en?.message).toBe(DISK_FULL.en)
    expect(failure('SQLITE_READONLY_DIRECTORY')).toEqual({ code: 'readOnly', message: READ_ONLY.ko, en: { message: READ_ONLY.en } })
    expect(failure('SQLITE_BUSY')).toBeUndefined()
  })

  it("dispatch's own errors (unknown channel, invalid request) have English too, saying why each field was refused", async () => {
    t = testCore()
    const unknown = errorOf(await t.callRaw('issues.nope', {}))
    expect(unknown.code).toBe('unknownChannel')
    expect(unknown.message).toMatch(hangul)
    expect(unknown.en?.message).toBe('Unknown channel: issues.nope. This app version does not have that request.')
    const invalid = errorOf(await t.callRaw('issues.create', { title: '', track: 'nope' }))
    expect(invalid.code).toBe('invalid')
    expect(invalid).toMatchObject({
      message: '잘못된 요청입니다 (제목을 입력하세요; track: 목록에 있는 값을 고르세요)',
      fields: { title: '제목을 입력하세요', track: 'track: 목록에 있는 값을 고르세요' },
    })
    expect(invalid.en).toEqual({
      message: 'The request is not valid (title: please fill this in; track: choose one of the listed values). Nothing was changed — correct the value and try again.',
      fields: { title: 'title: please fill this in', track: 'track: choose one of the listed values' },
    })
  })

  it('a rule zod words itself (a length, an unknown key) reaches the wire in Korean and English, not zod\'s English', async () => {
    t = testCore()
    const invalid = errorOf(await t.callRaw('issues.create', { title: 'x'.repeat(301), track: 'general', extra: 1 }))
    expect(invalid.fields).toEqual({ title: 'title: 최대 300자까지 입력할 수 있습니다', _: '알 수 없는 항목입니다: extra' })
    expect(invalid.en?.fields).toEqual({ title: 'title: at most 300 characters', _: 'Unknown fields: extra' })
    expect(invalid.message).not.toMatch(/Too big|expected|Unrecognized/)
    expect(await t.callRaw('issues.list', {})).toMatchObject({ ok: true, value: [] })
  })

  it("an AppError's Error.message stays the Korean text (logs and Korean assertions)", () => {
    const e = new AppError('rule', { ko: '한국어', en: 'English' }, { f: { ko: '필드', en: 'field' } })
    expect(e.message).toBe('한국어')
    expect(e.fields).toEqual({ f: '필드' })
    expect(e.toIpcError()).toEqual({ code: 'rule', message: '한국어', fields: { f: '필드' }, en: { message: 'English', fields: { f: 'field' } } })
  })
})
