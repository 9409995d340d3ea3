import { routeAt, VERIFIED_HOLIDAY_SOURCE } from '../../../shared/domain'
import type { SettingsService } from './settings'
import type { RulesCache } from './rules'

const RULES_ONLY_SOURCE =
  '규칙으로 계산 (양력 고정일, 음력 설날·추석·부처님오신날, 대체공휴일) — 선거일·임시공휴일은 없으니 발표되면 추가하세요'

/** The business calendar as the pages ask for it: a year's holidays with their source, and where a case is routed. */
export class CalendarService {
  constructor(
    private readonly rules: RulesCache,
    private readonly settings: SettingsService,
  ) {}

  holidays(year: number) {
    const cal = this.rules.get().calendar
    const status = cal.holidayDataStatus(year)
    const source = status === 'verified' ? VERIFIED_HOLIDAY_SOURCE : RULES_ONLY_SOURCE
    return { year, status, source, holidays: cal.holidays(year) }
  }

  regionAt(at: string) {
    return { region: routeAt(new Date(at), this.settings.get().domain.routing).region }
  }
}
