import { describe, expect, it } from 'vitest'
import { routeAt } from '../../shared/domain'
import { formatCountdown, formatDuration, urgencyOf } from '../../shared/format/duration'
import { closingSoonText } from '../../shared/schedule/alertText'
import { formatKstShort, formatKstTime, formatKstWhen, fromKstInput, toKstInput } from '../../shared/format/kst'
import { coverageLine, queuedLine, routingLine } from '../../renderer/src/format/routing'

const at = (s: string) => new Date(s)
const MIN = 60_000

describe('durations and countdowns (exact strings)', () => {
  it('shows hours and minutes left, rounded up: a countdown never reads less than what remains', () => {
    const now = at('2026-11-27T01:00:00.000Z')
    expect(formatCountdown(new Date(now.getTime() + (2 * 60 + 13) * MIN), now)).toBe('2시간 13분 남음')
    expect(formatCountdown(new Date(now.getTime() + (2 * 60 + 12) * MIN + 40_000), now)).toBe('2시간 13분 남음')
    expect(formatCountdown(new Date(now.getTime() + 15 * MIN - 5), now)).toBe('15분 남음') // an alert fired 5 ms late
  })
  it('shows how long a deadline is overdue', () => {
    const now = at('2026-11-27T01:15:00.000Z')
    expect(formatCountdown('2026-11-27T01:00:00.000Z', now)).toBe('15분 초과')
  })
  it('drops the minutes once it is days away', () => {
    expect(formatDuration((3 * 24 + 4) * 60 * MIN + 7 * MIN)).toBe('3일 4시간')
  })
  it('whole hours have no minutes part, under a minute says so', () => {
    expect(formatDuration(60 * MIN)).toBe('1시간')
    expect(formatDuration(30_000)).toBe('1분 미만')
    expect(formatCountdown(at('2026-01-01T00:00:30Z'), at('2026-01-01T00:00:00Z'))).toBe('1분 남음')
    expect(formatCountdown(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:30Z'))).toBe('지금')
    expect(formatCountdown(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:01:00Z'))).toBe('1분 초과')
  })
  it('speaks English when asked', () => {
    const now = at('2026-11-27T01:00:00.000Z')
    expect(formatCountdown(new Date(now.getTime() + 133 * MIN), now, 'en')).toBe('2 h 13 min left')
    expect(formatCountdown(new Date(now.getTime() - 15 * MIN), now, 'en')).toBe('15 min overdue')
  })
  it('one formatter for every time left: the coverage card and the closing-soon alert read the same at the same moment', () => {
    const now = at('2026-11-27T08:13:30.000Z') // 17:13:30 KST, 46.5 minutes before 18:00
    const closes = at('2026-11-27T09:00:00.000Z')
    const card = coverageLine({ open: true, msLeftToday: closes.getTime() - now.getTime(), nextOpening: now }, now)
    const alert = closingSoonText({ closesAtMs: closes.getTime(), nextOpeningMs: closes.getTime(), waiting: [], nowMs: now.getTime(), language: 'ko' })
    expect(card).toBe('Basic 지원 중 · 오늘 47분 남음')
    expect(alert.title).toContain('47분 전')
  })
  it('urgency: overdue, soon, later', () => {
    const now = at('2026-11-27T01:00:00.000Z')
    expect(urgencyOf('2026-11-27T00:59:00.000Z', now)).toBe('overdue')
    expect(urgencyOf('2026-11-27T01:30:00.000Z', now, 60)).toBe('soon')
    expect(urgencyOf('2026-11-27T03:00:00.000Z', now, 60)).toBe('later')
    expect(urgencyOf(null, now)).toBe('none')
  })
})

describe('KST display whatever the machine zone', () => {
  it('formats instants as Korean wall time', () => {
    expect(formatKstTime('2026-11-27T08:30:00.000Z')).toBe('17:30')
    expect(formatKstShort('2026-11-27T08:30:00.000Z')).toBe('11/27(금) 17:30')
    expect(formatKstShort('2026-11-27T15:05:00.000Z')).toBe('11/28(토) 00:05')
  })
  it('round-trips datetime-local values as KST', () => {
    expect(toKstInput('2026-11-27T08:30:00.000Z')).toBe('2026-11-27T17:30')
    expect(fromKstInput('2026-11-27T17:30')).toBe('2026-11-27T08:30:00.000Z')
    expect(fromKstInput('')).toBeNull()
  })
  it('relative day words', () => {
    const now = at('2026-11-27T10:00:00.000Z') // 19:00 KST Friday
    expect(formatKstWhen('2026-11-27T12:00:00.000Z', now)).toBe('21:00')
    expect(formatKstWhen('2026-11-28T00:00:00.000Z', now)).toBe('내일 09:00')
    expect(formatKstWhen('2026-11-30T00:00:00.000Z', now)).toBe('11/30(월) 09:00')
  })
})

describe('routing banner', () => {
  it('in Korean business hours: APJ, time left, next region, estimate', () => {
    // Wednesday 2026-11-25 15:47 KST: APJ until 18:00 KST → 2 h 13 min, then EMEA (Prague 09:00 = 17:00 KST in winter).
    const now = at('2026-11-25T06:47:00.000Z')
    const est = routeAt(now)
    expect(est.region).toBe('APJ')
    expect(routingLine(est, now)).toBe(`지금 케이스 오픈 시 → APJ · ${formatCountdown(est.changesAt, now)} · 다음 ${est.next} (예상 배정)`)
    expect(routingLine({ ...est, changesAt: new Date(now.getTime() + 133 * MIN), next: 'EMEA' }, now)).toBe(
      '지금 케이스 오픈 시 → APJ · 2시간 13분 남음 · 다음 EMEA (예상 배정)',
    )
  })
  it('nobody on shift: Production on-call, Basic waits for the next opening', () => {
    const now = at('2026-11-27T23:00:00.000Z') // Saturday 08:00 KST
    const est = { region: 'APJ' as const, queued: true, changesAt: at('2026-11-28T00:00:00.000Z'), next: 'APJ' as const }
    expect(queuedLine(est, now, 'production', null)).toBe('업무시간 외 · 24/7 당직 대응 (예상: APJ 09:00부터)')
    expect(queuedLine(est, now, 'basic', at('2026-11-28T00:00:00.000Z'))).toBe('대기 · 다음 업무 시간 09:00')
  })
  it('Basic coverage: h:mm left today, or the next opening', () => {
    const now = at('2026-11-27T06:47:00.000Z')
    expect(coverageLine({ open: true, msLeftToday: 133 * MIN, nextOpening: now }, now)).toBe('Basic 지원 중 · 오늘 2시간 13분 남음')
    expect(coverageLine({ open: false, msLeftToday: 0, nextOpening: at('2026-11-30T00:00:00.000Z') }, now)).toBe('Basic 지원 종료 · 다음 11/30(월) 09:00')
  })
})
