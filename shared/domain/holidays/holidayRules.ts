import { isWeekendDay, isoFromDayNumber, dayNumberFromParts, weekdayOfDay } from '../time/kstDays'
import { solarDayOfLunar } from './lunarDates'
import type { HolidayTable } from './holidayTypes'

/**
 * Korean public holidays derived from the law alone (공휴일에 관한 법률 / 관공서의 공휴일에 관한 규정),
 * meant for 2014–2050 (substitute holidays exist since 2014; the lunar table ends in 2050).
 * It cannot know election days (선거일) or one-off 임시공휴일: those come only from announced data.
 *
 * Substitute holiday (대체공휴일) rules:
 * - 설날 / 추석 (three days each): a day falling on Sunday or on another holiday → one substitute.
 * - 어린이날 (since 2014), 3ㆍ1절 / 광복절 / 개천절 / 한글날 (since 2021), 부처님 오신 날 / 기독탄신일
 *   (since 2023), 노동절 / 제헌절 (since they became 공휴일 in 2026): falling on Saturday, Sunday or
 *   another holiday → substitute.
 * The substitute is the next weekday that is neither a holiday nor already a substitute.
 */
type SubstituteRule = 'none' | 'sundayOrOverlap' | 'weekendOrOverlap'

interface BaseHoliday {
  days: number[] // one day, or the three days of 설날 / 추석
  names: string[]
  substituteName: string
  rule: SubstituteRule
}

const cache = new Map<number, HolidayTable>()

export function ruleBasedHolidays(year: number): HolidayTable {
  let table = cache.get(year)
  if (!table) {
    table = computeRuleBasedHolidays(year)
    cache.set(year, table)
  }
  return table
}

function computeRuleBasedHolidays(year: number): HolidayTable {
  const base = baseHolidays(year)
  const names = new Map<number, string[]>()
  for (const h of base) h.days.forEach((d, i) => names.set(d, [...(names.get(d) ?? []), h.names[i]]))

  const owners = new Set<number>()
  const triggered: { after: number; name: string }[] = []
  for (const h of base) {
    if (h.days.length === 1) {
      const [day] = h.days
      const sharesWithEarlier = owners.has(day)
      owners.add(day)
      // Inside a 설날/추석 block the block takes the substitute for the overlap, not this holiday.
      const inBlock = base.some((b) => b.days.length === 3 && b.days.includes(day))
      const lost = isWeekendDay(day) || (sharesWithEarlier && !inBlock)
      if (h.rule === 'weekendOrOverlap' && lost) triggered.push({ after: day, name: h.substituteName })
    } else if (h.rule === 'sundayOrOverlap') {
      const sunday = h.days.some((d) => weekdayOfDay(d) === 0)
      const overlap = h.days.some((d) => (names.get(d)?.length ?? 0) > 1)
      if (sunday || overlap) triggered.push({ after: h.days[2], name: h.substituteName })
    }
  }

  const taken = new Set(names.keys())
  for (const t of triggered.sort((a, b) => a.after - b.after)) {
    let day = t.after + 1
    while (isWeekendDay(day) || taken.has(day)) day++
    taken.add(day)
    names.set(day, [`대체공휴일(${t.name})`])
  }

  const table: Record<string, string[]> = {}
  for (const day of [...names.keys()].sort((a, b) => a - b)) table[isoFromDayNumber(day)] = names.get(day)!
  return table
}

function baseHolidays(year: number): BaseHoliday[] {
  const since = (from: number): SubstituteRule => (year >= from ? 'weekendOrOverlap' : 'none')
  const fixed = (month: number, day: number, name: string, rule: SubstituteRule): BaseHoliday => ({
    days: [dayNumberFromParts(year, month, day)],
    names: [name],
    substituteName: name,
    rule,
  })
  const list: BaseHoliday[] = [
    fixed(1, 1, '1월 1일', 'none'),
    fixed(3, 1, '3ㆍ1절', since(2021)),
    ...(year >= 2026 ? [fixed(5, 1, '노동절', 'weekendOrOverlap')] : []),
    fixed(5, 5, '어린이날', since(2014)),
    fixed(6, 6, '현충일', 'none'),
    ...(year <= 2007 || year >= 2026 ? [fixed(7, 17, '제헌절', since(2026))] : []),
    fixed(8, 15, '광복절', since(2021)),
    fixed(10, 3, '개천절', since(2021)),
    ...(year <= 1990 || year >= 2013 ? [fixed(10, 9, '한글날', since(2021))] : []),
    fixed(12, 25, '기독탄신일', since(2023)),
  ]

  const blockRule: SubstituteRule = year >= 2014 ? 'sundayOrOverlap' : 'none'
  const seollal = solarDayOfLunar(year, 1, 1)
  if (seollal !== null) {
    list.push({
      days: [seollal - 1, seollal, seollal + 1],
      names: ['설날 전날', '설날', '설날 다음 날'],
      substituteName: '설날',
      rule: blockRule,
    })
  }
  const buddha = solarDayOfLunar(year, 4, 8)
  if (buddha !== null) {
    list.push({ days: [buddha], names: ['부처님 오신 날'], substituteName: '부처님 오신 날', rule: since(2023) })
  }
  const chuseok = solarDayOfLunar(year, 8, 15)
  if (chuseok !== null) {
    list.push({
      days: [chuseok - 1, chuseok, chuseok + 1],
      names: ['추석 전날', '추석', '추석 다음 날'],
      substituteName: '추석',
      rule: blockRule,
    })
  }
  // Order by first day so that, on a shared date, the earlier-listed holiday owns the day and
  // the later one takes the substitute (2025-05-05: 어린이날 owns it, 부처님 오신 날 is substituted).
  return list.sort((a, b) => a.days[0] - b.days[0])
}

/** True when the lunar holidays of `year` could be computed (korean-lunar-calendar covers it). */
export function lunarRulesCover(year: number): boolean {
  return solarDayOfLunar(year, 1, 1) !== null && solarDayOfLunar(year, 8, 15) !== null
}
