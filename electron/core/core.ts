import { Clock, type AlertsPort } from './clock/clock'
import { nodeScheduler } from './clock/nodeScheduler'
import type { Scheduler } from './clock/scheduler'
import { defaultFontsDir } from './export'
import { CalendarService } from './services/calendar'
import { DataService } from './services/data'
import { DirectoryService } from './services/directory'
import { ExportService } from './services/exportService'
import { SlaReportService } from './reports/slaReportService'
import { Hub } from './services/hub'
import { IssueService } from './services/issues'
import { RulesCache } from './services/rules'
import { SettingsService } from './services/settings'
import type { StoreOpenError } from './store/database'
import { checkIntegrityInWorker } from './store/integrity'
import { Store } from './store/store'

export type { AlertsPort }

const INTEGRITY_DELAY_MS = 3000

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

/** The services both hosts run, wired once: the same store, rules and clock in Electron main and in the preview host. */
export class Core {
  readonly hub = new Hub()
  readonly store: Store
  readonly settings: SettingsService
  readonly rules: RulesCache
  readonly calendar: CalendarService
  readonly issues: IssueService
  readonly directory: DirectoryService
  readonly exports: ExportService
  readonly reports: SlaReportService
  readonly data: DataService
  readonly now: () => Date
  /** The escalation clock; the hosts start it once their transports listen (`core.clock.start()`). */
  readonly clock: Clock
  readonly alerts: AlertsPort
  private readonly damagedListeners = new Set<(error: StoreOpenError) => void>()

  constructor(readonly options: CoreOptions) {
    this.now = options.now ?? (() => new Date())
    this.store = Store.open(options.file, this.now)
    this.settings = new SettingsService(this.store, this.hub, this.now, {
      settingsChanged: () => this.clock.settingsChanged(),
      refreshNextDue: () => this.issues.refreshAllNextDue(),
    })
    this.rules = new RulesCache(this.settings.get)
    this.calendar = new CalendarService(this.rules, this.settings)
    this.clock = new Clock({
      store: this.store,
      rules: this.rules,
      settings: this.settings.get,
      hub: this.hub,
      now: this.now,
      scheduler: options.scheduler ?? nodeScheduler,
    })
    this.alerts = this.clock
    this.issues = new IssueService(this.store, this.settings, this.rules, this.hub, this.clock, this.now)
    this.directory = new DirectoryService(this.store, this.settings)
    this.exports = new ExportService(this.store, this.settings, this.hub, this.now, options.fontsDir ?? defaultFontsDir())
    this.reports = new SlaReportService(this.store, this.settings, this.rules, this.now, options.fontsDir ?? defaultFontsDir())
    this.data = new DataService(this.store, this.settings, this.hub, this.clock, () => this.issues.refreshAllNextDue(), this.now)
  }

  private integrityTimer: ReturnType<typeof setTimeout> | null = null

  /** Told when the full integrity check after start finds the file damaged (the host offers the same recovery as at start). */
  onDamaged(listener: (error: StoreOpenError) => void): () => void {
    this.damagedListeners.add(listener)
    return () => this.damagedListeners.delete(listener)
  }

  /**
   * The full integrity_check of the data file, in a worker thread (the start checked only the
   * header and schema): the hosts call it once the clock is armed. Resolves the damage found (and
   * tells the `onDamaged` listeners), or null for a sound file.
   */
  async checkIntegrity(): Promise<StoreOpenError | null> {
    const damage = await checkIntegrityInWorker(this.store.file)
    if (damage) for (const listener of this.damagedListeners) listener(damage)
    return damage
  }

  /**
   * The hosts' way to run `checkIntegrity`: a few seconds after start, so that the start itself
   * (windows, shortcut, the first alerts) never competes with reading every page, and so that a
   * quick quit closes the file while no worker holds a connection to it (the last connection to
   * close removes the WAL). Errors of the check itself go to `onError`.
   */
  checkIntegritySoon(onError: (e: unknown) => void, delayMs = INTEGRITY_DELAY_MS): void {
    this.integrityTimer = setTimeout(() => void this.checkIntegrity().catch(onError), delayMs)
    this.integrityTimer.unref?.()
  }

  close(): void {
    if (this.integrityTimer) clearTimeout(this.integrityTimer)
    this.clock.stop()
    this.store.close()
  }
}
