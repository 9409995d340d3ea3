import { createKoreanCalendar, VERIFIED_HOLIDAY_SOURCE } from '../../shared/domain'

const RULES_ONLY_SOURCE =
  '규칙으로 계산 (양력 고정일, 음력 설날·추석·부처님오신날, 대체공휴일) — 선거일·임시공휴일은 없으니 발표되면 추가하세요'
import type { MissedAlert } from '../../shared/ipc'
import { AppSettingsSchema } from '../../shared/model'
import { Clock } from './clock/clock'
import { nodeScheduler } from './clock/nodeScheduler'
import type { Scheduler } from './clock/scheduler'
import { defaultFontsDir } from './export'
import { ExportService } from './services/exportService'
import { SlaReportService } from './reports/slaReportService'
import { Hub } from './services/hub'
import { DirectoryService } from './services/directory'
import { IssueService } from './services/issues'
import { RulesCache } from './services/rules'
import { SettingsService } from './services/settings'
import { Store } from './store/store'

export interface CoreOptions {
  /** The database file. */
  file: string
  host: 'electron' | 'web'
  version: string
  /** The time source; tests pass a fixed or hand-driven clock. */
  now?: () => Date
  /** The clock's timers; tests pass a hand-driven one. Default: node-schedule. */
  scheduler?: Scheduler
  /** resources/fonts (the PDF's embedded fonts); defaults to the repository's. */
  fontsDir?: string
}

/** What the escalation clock offers the handlers. */
export interface AlertsPort {
  missed(): MissedAlert[]
  snooze(issueId: number, minutes: 10 | 60): void
}

/** The services both hosts run: the same store, rules and handlers in Electron main and in the preview host. */
export class Core {
  readonly hub = new Hub()
  readonly store: Store
  readonly settings: SettingsService
  readonly rules: RulesCache
  readonly issues: IssueService
  readonly directory: DirectoryService
  readonly exports: ExportService
  readonly reports: SlaReportService
  readonly now: () => Date
  /** The escalation clock; the hosts start it once their transports listen (`core.clock.start()`). */
  readonly clock: Clock
  readonly alerts: AlertsPort

  constructor(readonly options: CoreOptions) {
    this.now = options.now ?? (() => new Date())
    this.store = Store.open(options.file, this.now)
    this.settings = new SettingsService(this.store, this.hub, this.now)
    this.rules = new RulesCache(this.settings.get)
    this.issues = new IssueService(this.store, this.settings, this.rules, this.hub, this.now)
    this.directory = new DirectoryService(this.store, this.settings)
    this.exports = new ExportService(this.store, this.settings, this.hub, this.now, options.fontsDir ?? defaultFontsDir())
    this.reports = new SlaReportService(this.store, this.settings, this.rules, this.now, options.fontsDir ?? defaultFontsDir())
    this.clock = new Clock({
      store: this.store,
      rules: this.rules,
      settings: this.settings.get,
      hub: this.hub,
      now: this.now,
      scheduler: options.scheduler ?? nodeScheduler,
    })
    this.alerts = this.clock
  }

  holidays(year: number) {
    const cal = this.rules.get().calendar
    const status = cal.holidayDataStatus(year)
    const source = status === 'verified' ? VERIFIED_HOLIDAY_SOURCE : RULES_ONLY_SOURCE
    return { year, status, source, holidays: cal.holidays(year) }
  }

  updateSettings(raw: unknown) {
    const next = AppSettingsSchema.parse(raw)
    createKoreanCalendar(next.domain.calendar) // rejects unusable hours before anything is saved
    return this.settings.update(next, () => this.issues.refreshAllNextDue())
  }

  /** Restores a backup (the current file is kept aside) and recomputes everything from it. */
  restore(file: string): string {
    const aside = this.store.restore(file, this.now())
    this.afterDataReplaced()
    return aside
  }

  afterDataReplaced(): void {
    this.settings.reload()
    this.store.tx(() => this.issues.refreshAllNextDue())
    this.hub.emit('settingsChanged', this.settings.get())
    this.hub.emit('issuesChanged', { ids: [] })
  }

  close(): void {
    this.clock.stop()
    this.store.close()
  }
}
