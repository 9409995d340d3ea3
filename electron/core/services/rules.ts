import { createKoreanCalendar } from '../../../shared/domain'
import type { AppSettings } from '../../../shared/model'
import type { DeadlineRules } from '../../../shared/schedule/issueDeadlines'

/** The calendar built from the current settings, rebuilt only when the settings object changes. */
export class RulesCache {
  private cached: { settings: AppSettings; rules: DeadlineRules } | null = null

  constructor(private readonly currentSettings: () => AppSettings) {}

  get(): DeadlineRules {
    const settings = this.currentSettings()
    if (this.cached?.settings !== settings) {
      this.cached = { settings, rules: { settings: settings.domain, calendar: createKoreanCalendar(settings.domain.calendar) } }
    }
    return this.cached.rules
  }
}
