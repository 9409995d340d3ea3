import { HOUR_MS, MINUTE_MS } from '../time/kstDays'
import { WORD_END, matches } from './text'
import { resolveTime, type ClockSpec, type DaySpec, type Period, type TimeSpec } from './timeResolve'
import type { Found, Span } from './types'

// Korean time phrases for "since when": relative (두 시간 전, 방금), days (오늘, 어제, 어젯밤, 그제, 이틀 전, 금요일,
// 지난 금요일, 지난주 금요일, 12월 1일, 12/1 before a time or 부터/에), clock times (3시, 3시 30분,
// 3시 반, 15:30, with 오전/오후/아침/새벽/저녁/낮/밤, 정오, 자정), each with an optional trailing
// 부터 / 에 / 경 / 쯤 / 께 that leaves with it. Durations (3시간, 12시간째) and dotted numbers
// (VBR 12.3) are not times. 내일 / 모레 with a clock are read only to know the time is later than now.

const KOREAN_NUMBERS: Readonly<Record<string, number>> = {
  한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 열한: 11, 열두: 12, 스무: 20,
}
const KNUM = Object.keys(KOREAN_NUMBERS).sort((a, b) => b.length - a.length).join('|')
const WEEKDAYS = '일월화수목금토' // index = 0 (Sunday) … 6
const DAYS_AGO: Readonly<Record<string, number>> = { 하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 일주일: 7, 열흘: 10 }
const DAY_WORDS = Object.keys(DAYS_AGO).join('|')

// Hours may carry minutes or 반 ("1시간 30분 전", "한 시간 반 전"): read apart, "30분 전" alone would be taken.
const REL =
  `(?<rel>(?:(?<relH>\\d{1,3}|${KNUM})\\s*시간(?:\\s*(?<relHM>\\d{1,2})\\s*분|\\s*(?<relHalf>반))?` +
  `|(?<relM>\\d{1,3}|${KNUM})\\s*분)\\s*전|방금(?:\\s*전)?)`
const DAY =
  '(?<day>(?:(?<y>\\d{4})\\s*년\\s*)?(?<mo>\\d{1,2})\\s*월\\s*(?<d>\\d{1,2})\\s*일' +
  '|(?<sm>\\d{1,2})/(?<sd>\\d{1,2})(?![/\\d])' +
  // 어젯밤 / 엊저녁: yesterday with its period glued on (the period word is read next).
  '|오늘|어제|어젯(?=밤)|엊(?=저녁)|그저께|엊그제|그제|내일|모레' +
  // "2일 전 오후 3시", "이틀 전": a day, like 그제 (a bare "2일 전" is that day's 00:00).
  `|(?:(?<dago>\\d{1,2})\\s*일|(?<dagoW>${DAY_WORDS}))\\s*전` +
  '|(?<wkp>지난\\s*주\\s*|저번\\s*주\\s*|지난\\s*)?(?<wk>[월화수목금토일])요일)'
const PERIOD = '(?<period>오전|오후|아침|새벽|저녁|낮|밤)'
const CLOCK = `(?<clock>정오|자정|(?<h>\\d{1,2}|${KNUM})\\s*시(?!간)(?:\\s*(?<min>\\d{1,2})\\s*분|\\s*(?<half>반))?|(?<hh>\\d{1,2}):(?<mm>\\d{2})(?![:\\d]))`
// Every part optional (Node 20 has no repeated group names); phrases() drops what names no time.
const EXPR = `(?=\\S)(?:${REL}|${DAY}?(?:\\s*${PERIOD})?(?:\\s*${CLOCK})?)`
const SUFFIX = '(?:경|쯤|께)?(?<suffix>부터|에|까지)?'
const TIME = new RegExp(`(?<![A-Za-z0-9가-힣./:#])${EXPR}${SUFFIX}${WORD_END}`, 'gu')

const PERIODS: Readonly<Record<string, Period>> = { 오전: 'am', 아침: 'am', 새벽: 'am', 오후: 'pm', 저녁: 'pm', 낮: 'midday', 밤: 'night' }

const number = (s: string): number => KOREAN_NUMBERS[s] ?? Number(s)

function daySpec(g: Record<string, string | undefined>): DaySpec | undefined {
  const day = g.day
  if (!day) return undefined
  if (g.mo) return { kind: 'date', year: g.y ? Number(g.y) : undefined, month: Number(g.mo), day: Number(g.d) }
  if (g.sm) return { kind: 'date', month: Number(g.sm), day: Number(g.sd) }
  if (g.dago) return { kind: 'daysAgo', days: Number(g.dago) }
  if (g.dagoW) return { kind: 'daysAgo', days: DAYS_AGO[g.dagoW] }
  if (day === '오늘') return { kind: 'daysAgo', days: 0 }
  if (day === '내일') return { kind: 'daysAgo', days: -1 } // later than now: the phrase stays in the title
  if (day === '모레') return { kind: 'daysAgo', days: -2 }
  if (day === '어제' || day === '어젯' || day === '엊') return { kind: 'daysAgo', days: 1 }
  if (g.wk) {
    const which = !g.wkp ? 'onOrBefore' : /주/u.test(g.wkp) ? 'previousWeek' : 'strictlyBefore'
    return { kind: 'weekday', weekday: WEEKDAYS.indexOf(g.wk), which }
  }
  return { kind: 'daysAgo', days: 2 } // 그제, 그저께, 엊그제
}

function clockSpec(g: Record<string, string | undefined>): ClockSpec | undefined {
  const period = g.period ? PERIODS[g.period] : undefined
  if (g.clock === '정오') return { hour: 12, minute: 0, period: 'pm' }
  if (g.clock === '자정') return { hour: 0, minute: 0 }
  if (g.h) return { hour: number(g.h), minute: g.half ? 30 : g.min ? Number(g.min) : 0, period, literal: g.h.startsWith('0') && g.h.length === 2 }
  if (g.hh) return { hour: Number(g.hh), minute: Number(g.mm), period, literal: g.hh.startsWith('0') && g.hh.length === 2 }
  return undefined
}

/** "2시간 5분 전", "한 시간 반 전", "30분 전"; 방금 is now. */
function relativeMs(g: Record<string, string | undefined>): number {
  if (g.relH) return number(g.relH) * HOUR_MS + (g.relHalf ? 30 : g.relHM ? Number(g.relHM) : 0) * MINUTE_MS
  return g.relM ? number(g.relM) * MINUTE_MS : 0
}

interface Phrase extends Span {
  spec: TimeSpec
  suffix?: string
}

function phrases(text: string): Phrase[] {
  const out: Phrase[] = []
  for (const m of matches(TIME, text)) {
    const g = m.groups ?? {}
    if (!g.rel && !g.day && !g.clock) continue
    // 내일 / 모레 alone is a plan ("내일 재확인"), not a time the line names; with a clock it is a
    // future time, kept whole in the title with a note (not its clock read as today's).
    if ((g.day === '내일' || g.day === '모레') && !g.clock) continue
    const spec: TimeSpec = g.rel
      ? { agoMs: relativeMs(g) }
      : { day: daySpec(g), clock: clockSpec(g) }
    // 12/1 is a date only before a time or 부터/에: "2/3 VM 실패" is two of three.
    if (g.sm && !spec.clock && g.suffix !== '부터' && g.suffix !== '에') continue
    out.push({ start: m.index, end: m.index + m[0].length, spec, suffix: g.suffix })
  }
  return out
}

export interface TimeFindings {
  /** Phrases taken: the instant each names (epoch ms). */
  taken: Found<number>[]
  /** Phrases that name an instant after now: they stay in the title. */
  future: Span[]
}

export function findTimes(text: string, now: number): TimeFindings {
  const all = phrases(text)
  const taken: Found<number>[] = []
  const future: Span[] = []
  for (let i = 0; i < all.length; i++) {
    const p = all[i]
    // "…까지" alone is a deadline, not a first occurrence; after "A부터" it closes A's range.
    if (p.suffix === '까지') continue
    let end = p.end
    const next = all[i + 1]
    if (p.suffix === '부터' && next?.suffix === '까지' && text.slice(p.end, next.start).trim() === '') {
      end = next.end
      i++
    }
    const at = resolveTime(p.spec, now)
    if (at === null) continue
    if (at > now) future.push({ start: p.start, end })
    else taken.push({ start: p.start, end, value: at })
  }
  return { taken, future }
}
