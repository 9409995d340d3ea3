import { describe, expect, it } from 'vitest'
import { kst } from '../kstTime'
import { fields, parse, tokenTexts } from './parse'

// TUESDAY is 2026-12-01 15:20 KST.
const at = (line: string, now?: Date) => fields(line, now).firstOccurredAt

describe('quick line: relative times', () => {
  it.each([
    ['30분 전부터 백업 실패', '2026-12-01 14:50'],
    ['10분전 복구 실패', '2026-12-01 15:10'],
    ['2시간 전 백업 실패', '2026-12-01 13:20'],
    ['두 시간 전 백업 실패', '2026-12-01 13:20'],
    ['세시간 전에 알람', '2026-12-01 12:20'],
    ['방금 서버 다운', '2026-12-01 15:20'],
  ])('%s → %s', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).not.toMatch(/전|방금/u)
  })
})

describe('quick line: days', () => {
  it.each([
    ['오늘 백업 실패', '2026-12-01 00:00'],
    ['어제부터 백업 실패', '2026-11-30 00:00'],
    ['그제 백업 실패', '2026-11-29 00:00'],
    ['그저께 백업 실패', '2026-11-29 00:00'],
    ['엊그제 백업 실패', '2026-11-29 00:00'],
    ['화요일 백업 실패', '2026-12-01 00:00'], // today is that day
    ['월요일 백업 실패', '2026-11-30 00:00'],
    ['수요일 백업 실패', '2026-11-25 00:00'],
    ['지난 화요일 백업 실패', '2026-11-24 00:00'], // strictly before today
    ['지난 금요일 백업 실패', '2026-11-27 00:00'],
    ['지난주 금요일 백업 실패', '2026-11-27 00:00'],
    ['지난주 월요일 백업 실패', '2026-11-23 00:00'],
    ['지난 주 일요일 백업 실패', '2026-11-29 00:00'],
    ['11월 27일 백업 실패', '2026-11-27 00:00'],
    ['12/1부터 백업 실패', '2026-12-01 00:00'],
    ['11/30에 백업 실패', '2026-11-30 00:00'],
    ['2025년 12월 24일 백업 실패', '2025-12-24 00:00'],
  ])('%s → %s (a day without a time is its 00:00)', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).toBe('백업 실패')
  })

  it('Monday morning: 지난 금요일 is three days back, 금요일 too, 지난주 금요일 as well', () => {
    const monday = kst('2026-11-30 08:10')
    expect(at('지난 금요일 백업 실패', monday)).toBe('2026-11-27 00:00')
    expect(at('금요일 백업 실패', monday)).toBe('2026-11-27 00:00')
    expect(at('지난주 금요일 백업 실패', monday)).toBe('2026-11-27 00:00')
    expect(at('월요일 백업 실패', monday)).toBe('2026-11-30 00:00')
    expect(at('지난 월요일 백업 실패', monday)).toBe('2026-11-23 00:00')
  })

  it('12/1 is a date only before a time or 부터/에; dotted numbers are never dates', () => {
    expect(fields('2/3 VM 실패')).toEqual({ title: '2/3 VM 실패' })
    expect(at('11/30 오후 2시 백업 실패')).toBe('2026-11-30 14:00')
    expect(fields('VBR 12.3 설치 실패')).toEqual({ title: 'VBR 12.3 설치 실패', problemType: 'install' })
    expect(parse('v12.3부터 설치 실패').firstOccurredAt).toBeUndefined()
  })

  it('a date after now is not taken and a note says why', () => {
    const r = parse('12월 24일 백업 실패')
    expect(r.firstOccurredAt).toBeUndefined()
    expect(r.title).toBe('12월 24일 백업 실패')
    expect(r.notes).toHaveLength(1)
    expect(r.notes[0]).toContain('12월 24일')
  })

  it('no such date: nothing taken', () => {
    expect(parse('2월 30일 백업 실패').firstOccurredAt).toBeUndefined()
  })
})

describe('quick line: clock times', () => {
  it.each([
    ['오후 3시부터 백업 실패', '2026-12-01 15:00'],
    ['3시 백업 실패', '2026-12-01 15:00'], // 1–6 read as p.m.
    ['3시 30분 백업 실패', '2026-11-30 15:30'], // today 15:30 is after now: the latest one before
    ['3시 반 백업 실패', '2026-11-30 15:30'],
    ['15:10 백업 실패', '2026-12-01 15:10'],
    ['9시 백업 실패', '2026-12-01 09:00'], // 7–11 read as a.m.
    ['12시 백업 실패', '2026-12-01 12:00'],
    ['오전 10시경 백업 실패', '2026-12-01 10:00'],
    ['아침 8시쯤 백업 실패', '2026-12-01 08:00'],
    ['새벽 2시께 백업 실패', '2026-12-01 02:00'],
    ['저녁 7시 백업 실패', '2026-11-30 19:00'],
    ['낮 1시 백업 실패', '2026-12-01 13:00'],
    ['낮 12시 백업 실패', '2026-12-01 12:00'],
    ['밤 10시 백업 실패', '2026-11-30 22:00'],
    ['밤 12시 백업 실패', '2026-12-01 00:00'],
    ['어제 밤 12시 백업 실패', '2026-12-01 00:00'],
    ['어제 밤 2시 백업 실패', '2026-12-01 02:00'],
    ['어제 밤 11시 백업 실패', '2026-11-30 23:00'],
    ['오후 12시 백업 실패', '2026-12-01 12:00'],
    ['정오 백업 실패', '2026-12-01 12:00'],
    ['오전 12시 백업 실패', '2026-12-01 00:00'],
    ['새벽 12시 백업 실패', '2026-12-01 00:00'],
    ['자정 백업 실패', '2026-12-01 00:00'],
    ['어제 오후 3시부터 백업 실패', '2026-11-30 15:00'],
    ['어제 15:30에 백업 실패', '2026-11-30 15:30'],
    ['지난 금요일 오전 9시 백업 실패', '2026-11-27 09:00'],
    ['11월 28일 오후 2시 백업 실패', '2026-11-28 14:00'],
    ['03:00 백업 실패', '2026-12-01 03:00'], // a leading zero is a 24-hour reading
    ['두시 백업 실패', '2026-12-01 14:00'],
  ])('%s → %s', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).toBe('백업 실패')
  })

  it('durations are not times', () => {
    expect(fields('3시간 백업 실패')).toEqual({ title: '3시간 백업 실패', problemType: 'backup' })
    expect(fields('12시간째 복구 중')).toEqual({ title: '12시간째 복구 중', problemType: 'restore' })
  })

  it('a range A부터 B까지 takes A and leaves the title entirely', () => {
    expect(fields('오전 9시부터 11시까지 백업 실패')).toEqual({ title: '백업 실패', firstOccurredAt: '2026-12-01 09:00', problemType: 'backup' })
    expect(tokenTexts('오전 9시부터 11시까지 백업 실패', 'time')).toEqual(['오전 9시부터 11시까지'])
  })

  it('…까지 alone is a deadline, not a first occurrence', () => {
    expect(fields('오후 5시까지 회신 요청')).toEqual({ title: '오후 5시까지 회신 요청' })
  })

  it('a time after now (today 17:00 at 15:20) stays in the title with a note', () => {
    const r = parse('오늘 오후 5시 백업 실패')
    expect(r.firstOccurredAt).toBeUndefined()
    expect(r.title).toBe('오늘 오후 5시 백업 실패')
    expect(r.notes[0]).toContain('오늘 오후 5시')
  })

  it('내일 / 모레 with a time is later than now: the whole phrase stays in the title with a note, its clock not read as today', () => {
    const r = parse('내일 오전 10시 점검 예정 백업 실패')
    expect(r.firstOccurredAt).toBeUndefined()
    expect(r.title).toBe('내일 오전 10시 점검 예정 백업 실패')
    expect(r.notes).toHaveLength(1)
    expect(r.notes[0]).toContain('내일 오전 10시')
    expect(parse('모레 3시 재점검').notes[0]).toContain('모레 3시')
    expect(parse('모레 3시 재점검').firstOccurredAt).toBeUndefined()
  })

  it('내일 / 모레 alone is a plan, not a time: no note, and a real time in the line is still read', () => {
    const r = parse('어제 오후 3시부터 백업 실패 내일 재확인')
    expect(r.notes).toEqual([])
    expect(r.title).toBe('백업 실패 내일 재확인')
    expect(fields('어제 오후 3시부터 백업 실패 내일 재확인').firstOccurredAt).toBe('2026-11-30 15:00')
  })

  it('just after midnight: 3시 is yesterday afternoon, 밤 12시 is a minute ago, 오늘 is 00:00', () => {
    const night = kst('2026-12-01 00:01')
    expect(at('3시 백업 실패', night)).toBe('2026-11-30 15:00')
    expect(at('밤 12시 백업 실패', night)).toBe('2026-12-01 00:00')
    expect(at('오늘 백업 실패', night)).toBe('2026-12-01 00:00')
    expect(at('어제 밤 11시 백업 실패', night)).toBe('2026-11-30 23:00')
    expect(parse('어제 밤 2시 백업 실패', night).firstOccurredAt).toBeUndefined() // today 02:00 is still ahead
  })

  it('of several times the earliest is the first occurrence, and all leave the title', () => {
    expect(fields('어제 오후 3시 발생 오늘 오전 9시 재발 백업 실패')).toMatchObject({ title: '발생 재발 백업 실패', firstOccurredAt: '2026-11-30 15:00' })
  })
})

describe('quick line: relative times are to the minute', () => {
  it('두 시간 전 at 15:20:42 is 13:20', () => {
    expect(at('두 시간 전 백업 실패', kst('2026-12-01 15:20:42'))).toBe('2026-12-01 13:20')
    expect(at('방금 백업 실패', kst('2026-12-01 15:20:42'))).toBe('2026-12-01 15:20')
  })
})

describe('quick line: 어젯밤 and 엊저녁 are last night and last evening', () => {
  it.each([
    ['어젯밤 11시 백업 실패', '2026-11-30 23:00'],
    ['어젯밤 2시 백업 실패', '2026-12-01 02:00'], // 밤 2시 is after midnight, as with 어제 밤 2시
    ['어젯밤 12시 백업 실패', '2026-12-01 00:00'],
    ['어젯밤에 백업 실패', '2026-11-30 00:00'], // a day without a time is its 00:00, as 어제 밤
    ['엊저녁 7시 백업 실패', '2026-11-30 19:00'],
  ])('%s → %s', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).toBe('백업 실패')
  })
})

describe('quick line: hours and minutes ago together', () => {
  it.each([
    ['1시간 30분 전 백업 실패', '2026-12-01 13:50'],
    ['2시간 5분 전부터 백업 실패', '2026-12-01 13:15'],
    ['한 시간 반 전 백업 실패', '2026-12-01 13:50'],
    ['한시간반 전 백업 실패', '2026-12-01 13:50'],
    ['1시간 반 전에 백업 실패', '2026-12-01 13:50'],
  ])('%s → %s', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).toBe('백업 실패')
  })
})

describe('quick line: a date without a year is the nearest such date', () => {
  const JAN_2 = kst('2027-01-02 10:00')

  it.each([
    ['12월 31일 오후 3시부터 백업 실패', '2026-12-31 15:00'],
    ['12/31 오후 3시 백업 실패', '2026-12-31 15:00'],
    ['12/30부터 백업 실패', '2026-12-30 00:00'],
    ['1월 1일 백업 실패', '2027-01-01 00:00'],
  ])('in early January, %s → %s (last year’s)', (line, when) => {
    expect(at(line, JAN_2)).toBe(when)
    expect(parse(line, JAN_2).title).toBe('백업 실패')
  })

  it('a written year is kept: 2027년 12월 31일 on 2027-01-02 is after now and not taken', () => {
    const r = parse('2027년 12월 31일 백업 실패', JAN_2)
    expect(r.firstOccurredAt).toBeUndefined()
    expect(r.notes).toHaveLength(1)
  })

  it('2월 29일 in a year without one is the leap day before it; 2028-02-29 itself is read', () => {
    expect(at('2월 29일 백업 실패', kst('2029-01-05 10:00'))).toBe('2028-02-29 00:00')
    expect(at('2월 29일 오후 2시 백업 실패', kst('2028-02-29 15:00'))).toBe('2028-02-29 14:00')
    expect(at('어제 백업 실패', kst('2028-03-01 10:00'))).toBe('2028-02-29 00:00')
  })
})

describe('quick line: a weekday with a time names the latest such moment not after now', () => {
  const FRIDAY = kst('2026-12-04 15:20')

  it('on Friday 15:20, 금요일 오후 5시 is last Friday; 금요일 오후 2시 is today', () => {
    expect(at('금요일 오후 5시 백업 실패', FRIDAY)).toBe('2026-11-27 17:00')
    expect(at('금요일 오후 2시 백업 실패', FRIDAY)).toBe('2026-12-04 14:00')
    expect(at('금요일 백업 실패', FRIDAY)).toBe('2026-12-04 00:00')
  })

  it('오늘 stays today: 오늘 오후 5시 at 15:20 is after now and not taken', () => {
    expect(parse('오늘 오후 5시 백업 실패', FRIDAY).firstOccurredAt).toBeUndefined()
  })
})

describe('quick line: days ago name a day, as 어제 and 그제 do', () => {
  it.each([
    ['2일 전 오후 3시 백업 실패', '2026-11-29 15:00'],
    ['3일 전부터 백업 실패', '2026-11-28 00:00'], // a day without a time is its 00:00
    ['하루 전 백업 실패', '2026-11-30 00:00'],
    ['이틀 전 밤 11시 백업 실패', '2026-11-29 23:00'],
    ['사흘 전에 백업 실패', '2026-11-28 00:00'],
    ['일주일 전 백업 실패', '2026-11-24 00:00'],
  ])('%s → %s', (line, when) => {
    expect(at(line)).toBe(when)
    expect(parse(line).title).toBe('백업 실패')
  })

  it('a duration in days is not a time', () => {
    expect(fields('3일 동안 백업 실패')).toEqual({ title: '3일 동안 백업 실패', problemType: 'backup' })
  })
})
