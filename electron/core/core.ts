import { createKoreanCalendar } from '../../shared/domain'
import { AppError, type MissedAlert } from '../../shared/ipc'
import { AppSettingsSchema } from '../../shared/model'
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
}

/** What the escalation clock offers the handlers. */
export interface AlertsPort {
  missed(): MissedAlert[]
  snooze(issueId: number, minutes: 10 | 60): void
}

const noClock: AlertsPort = {
  missed: () => [],
  snooze: () => {
    throw new AppError('internal', '알림 시계가 실행 중이 아닙니다')
  },
}

/** The services both hosts run: the same store, rules and handlers in Electron main and in the preview host. */
export class Core {
  readonly hub = new Hub()
  readonly store: Store
  readonly settings: SettingsService
  readonly rules: RulesCache
  readonly issues: IssueService
  readonly directory: DirectoryService
  readonly now: () => Date
  alerts: AlertsPort = noClock

  constructor(readonly options: CoreOptions) {
    this.now = options.now ?? (() => new Date())
    this.store = Store.open(options.file)
    this.settings = new SettingsService(this.store, this.hub, this.now)
    this.rules = new RulesCache(this.settings.get)
    this.issues = new IssueService(this.store, this.settings, this.rules, this.hub, this.now)
    this.directory = new DirectoryService(this.store)
  }

  holidays(year: number) {
    const cal = this.rules.get().calendar
    return { year, status: cal.holidayDataStatus(year), holidays: cal.holidays(year) }
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
    this.store.close()
  }
}
