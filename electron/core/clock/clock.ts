// Longer than ~250 lines on purpose: the one timer and everything that moves it (ticks, snoozes, what the
// services tell it, withdrawals) read best together; the words and the plan are pure in shared/schedule.
import type { EventName, EventOf, MissedAlert } from '../../../shared/ipc'
import { AppError } from '../../../shared/ipc'
import type { AppSettings, Contact, Issue, StepState, TimelineData } from '../../../shared/model'
import { nextAlertMs, type SentCheck } from '../../../shared/schedule/alertPlan'
import { alertsDue, deadlineKey, reminderAlert, type OwedAlert } from '../../../shared/schedule/alertsDue'
import { missedSummaryText, type Language } from '../../../shared/schedule/alertText'
import type { IssueDeadlines } from '../../../shared/schedule/issueDeadlines'
import { DAY_MS, kstDayNumber, kstMidnight } from '../../../shared/domain/time/kstDays'
import type { TrayIssue } from '../../../shared/schedule/trayModel'
import type { Hub } from '../services/hub'
import type { IssueWatcher } from '../services/issueWatcher'
import { issueNotFound } from '../services/notFound'
import type { RulesCache } from '../services/rules'
import type { Store } from '../store/store'
import { ClosingSoon } from './closingSoon'
import { DeadlineBook, type WatchedIssue } from './deadlineBook'
import { LiveAlerts } from './liveAlerts'
import type { Scheduler } from './scheduler'
import { SentAlerts } from './sentAlerts'

export interface ClockDeps {
  store: Store
  rules: RulesCache
  settings: () => AppSettings
  hub: Hub
  now: () => Date
  scheduler: Scheduler
}

/** What the escalation clock offers the handlers. */
export interface AlertsPort {
  missed(): MissedAlert[]
  snooze(issueId: number, minutes: 10 | 60): void
}

/** How often the watchdog compares wall time with the monotonic clock, and the drift it tolerates. */
export const WATCHDOG_MS = 30_000
export const JUMP_TOLERANCE_MS = 5_000
/** Never re-arm sooner than this after a tick: a failing tick must not spin. */
const MIN_REARM_MS = 1_000
const MINUTE_MS = 60_000

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * The escalation clock: the "when" of every alert. It keeps every open deadline in memory, arms ONE
 * timer for the earliest instant anything is owed (a before/at alert, a snooze ending, the Basic
 * closing-soon warning, or the next KST midnight for the daily backup), and on each tick sends what
 * is due (the words and grouping are pure, in shared/schedule/alertsDue). Sent alerts are keyed in
 * alerts_sent, so none repeats across restarts; deadlines that passed while the app was closed are
 * summed up once at start. The services tell it directly what they wrote (`IssueWatcher`); it never
 * listens to the hub. An alert that no longer applies (its deadlines done, skipped or moved, the issue
 * snoozed, resolved or closed) is withdrawn with an `alertsWithdrawn` event.
 *
 * Snoozes live in memory only (a restart forgets them; the missed-alert summary covers the gap);
 * each is also written to the issue's timeline as a 'snoozed' event { minutes, until }.
 */
export class Clock implements AlertsPort, IssueWatcher {
  private readonly book = new DeadlineBook()
  private readonly sent: SentAlerts
  private readonly live = new LiveAlerts()
  private readonly closing: ClosingSoon
  private readonly snoozes = new Map<number, number>()
  private missedAtStart: MissedAlert[] = []
  private running = false
  private cancelTimer: (() => void) | null = null
  private stopWatchdog: (() => void) | null = null
  private backupDay = -1 // KST day number of the last daily-backup check
  private lastWall = 0
  private lastMono = 0
  /** The lead time every issue's next instant was planned with. */
  private plannedLeadMs = -1
  /** The one armed instant (tests and the bench read it). */
  armedAt: Date | null = null
  /** The last daily backup started by the clock (tests await it). */
  lastBackup: Promise<unknown> | null = null

  constructor(private readonly deps: ClockDeps) {
    this.sent = new SentAlerts(deps.store)
    this.closing = new ClosingSoon(this.sent)
  }

  start(): void {
    if (this.running) return
    this.running = true
    const now = this.deps.now()
    this.backupDay = kstDayNumber(now.getTime())
    this.sent.load()
    // Deadlines known at start were "seen" long ago: a before-alert whose time passed while the app
    // was closed is still owed (with the real minutes left); one logged later is judged from then.
    this.book.loadAll(this.deps.store, this.deps.rules.get(), -Infinity)
    this.reportMissed(now.getTime())
    this.replan(this.book.issues.values())
    this.lastWall = now.getTime()
    this.lastMono = this.deps.scheduler.monotonicMs()
    this.stopWatchdog = this.deps.scheduler.every(WATCHDOG_MS, () => this.checkForJump())
    this.tick()
  }

  stop(): void {
    this.running = false
    this.cancelTimer?.()
    this.stopWatchdog?.()
    this.cancelTimer = this.stopWatchdog = null
    this.armedAt = null
  }

  /** After sleep/resume, unlock or a clock jump: send what came due meanwhile (once) and re-arm. */
  resync(): void {
    this.lastWall = this.deps.now().getTime()
    this.lastMono = this.deps.scheduler.monotonicMs()
    this.tick()
  }

  missed(): MissedAlert[] {
    return this.missedAtStart
  }

  snooze(issueId: number, minutes: 10 | 60): void {
    if (!this.book.issues.has(issueId)) {
      const issue = this.deps.store.issues.get(issueId)
      if (!issue) throw new AppError('notFound', issueNotFound(issueId))
      throw new AppError('rule', { ko: '해결되었거나 종료된 이슈는 다시 알릴 수 없습니다', en: 'A resolved or closed issue cannot be snoozed' })
    }
    const nowMs = this.deps.now().getTime()
    const until = nowMs + minutes * MINUTE_MS
    this.snoozes.set(issueId, until)
    this.deps.store.issues.addEvent(issueId, iso(nowMs), 'snoozed', { minutes, until: iso(until) })
    this.withdraw(this.live.dropIssue(issueId))
    this.replan([this.book.issues.get(issueId)!])
    this.emit('issuesChanged', { ids: [issueId] })
    if (this.running) this.arm(nowMs)
  }

  // ---- told by the services (IssueWatcher) ----

  issueSaved(issue: Issue, states: StepState[], deadlines: IssueDeadlines): void {
    if (!this.running) return // start() loads everything
    const nowMs = this.deps.now().getTime()
    // Back from resolved: the keys sent before it was resolved were not loaded with the open issues.
    if (issue.reopenedAt && !this.book.issues.has(issue.id)) this.sent.loadIssue(issue.id)
    const w = this.book.put(issue, states, deadlines, this.deps.rules.get(), nowMs)
    if (!w) this.snoozes.delete(issue.id)
    const pending = new Set(w?.deadlines.map((d) => deadlineKey(d.target, d.dueMs)))
    this.withdraw([...this.live.dropStale(issue.id, pending), ...this.closing.issueChanged(issue, !!w)])
    if (w) this.replan([w])
    this.tick()
  }

  settingsChanged(): void {
    if (!this.running) return
    const moved = this.book.recomputeAll(this.deps.rules.get(), this.deps.now().getTime())
    // An issue whose deadlines kept their instants keeps its plan, unless the lead time changed.
    this.replan(this.leadMs() === this.plannedLeadMs ? moved : this.book.issues.values())
    this.withdrawMoved()
    this.tick()
  }

  dataReplaced(): void {
    if (!this.running) return
    this.sent.load()
    this.book.loadAll(this.deps.store, this.deps.rules.get(), this.deps.now().getTime())
    this.replan(this.book.issues.values())
    this.withdraw([...this.live.dropAll(), ...this.closing.reset()])
    this.tick()
  }

  /** Open issues with their pending deadlines, for the tray. */
  trayIssues(): TrayIssue[] {
    return [...this.book.issues.values()].map((w) => ({
      id: w.issue.id,
      customerName: w.issue.customerName,
      title: w.issue.title,
      deadlines: w.deadlines.map((d) => ({ target: d.target, due: iso(d.dueMs) })),
    }))
  }

  private checkForJump(): void {
    const wall = this.deps.now().getTime()
    const mono = this.deps.scheduler.monotonicMs()
    const drift = wall - this.lastWall - (mono - this.lastMono)
    this.lastWall = wall
    this.lastMono = mono
    if (Math.abs(drift) > JUMP_TOLERANCE_MS) this.resync()
  }

  /** Sends everything owed now, then arms the next instant. */
  private tick(): void {
    if (!this.running) return
    const nowMs = this.deps.now().getTime()
    try {
      this.dailyBackup(nowMs)
      const language = this.deps.settings().language
      const lead = this.leadMs()
      let contacts: Contact[] | null = null
      const getContacts = () => (contacts ??= this.deps.store.directory.contacts())
      const touched: number[] = []
      for (const w of this.book.issues.values()) {
        if (w.nextMs === null || w.nextMs > nowMs) continue
        if (this.fire(w, nowMs, lead, language, getContacts)) touched.push(w.issue.id)
        w.nextMs = this.nextFor(w, lead)
      }
      this.warnClosingSoon(nowMs, language)
      if (touched.length) this.emit('issuesChanged', { ids: touched })
    } catch (e) {
      console.error('[clock] tick failed:', e)
    }
    this.arm(nowMs)
  }

  /** Shows what this issue owes now; true when its timeline got a breach. */
  private fire(w: WatchedIssue, nowMs: number, lead: number, language: Language, contacts: () => Contact[]): boolean {
    const id = w.issue.id
    const snoozedUntil = this.snoozes.get(id)
    if (snoozedUntil !== undefined) {
      if (snoozedUntil > nowMs) return false
      this.snoozes.delete(id)
    }
    const { owed, notifications } = alertsDue(w, this.sentCheck(id), lead, nowMs, contacts(), language, snoozedUntil !== undefined)
    if (owed.length === 0) {
      const reminder = snoozedUntil !== undefined ? reminderAlert(w, nowMs, contacts(), language) : null
      if (reminder) this.show(reminder)
      return false
    }
    const breaches = owed.filter((i) => i.kind === 'at' || i.late)
    this.deps.store.tx(() => {
      for (const i of owed) this.sent.mark(id, i.target, i.keyKind, i.dueMs, nowMs)
      // A passed deadline is frozen: its breach stays in the timeline with the due time it had.
      for (const b of breaches) this.deps.store.issues.addEvent(id, iso(b.dueMs), 'deadlineMissed', breachData(b.target, b.dueMs))
    })
    for (const n of notifications) this.show(n)
    return breaches.length > 0
  }

  private show(n: OwedAlert): void {
    this.live.add(n.alert.issueId, n.alert.key, n.covers)
    this.emit('alert', n.alert)
  }

  /** At start: every deadline that passed while the app was closed, once, as one summary. */
  private reportMissed(nowMs: number): void {
    const found: { w: WatchedIssue; target: string; dueMs: number }[] = []
    for (const w of this.book.issues.values()) {
      for (const d of w.deadlines) if (d.dueMs <= nowMs && !this.sent.has(w.issue.id, d.target, 'at', d.dueMs)) found.push({ w, ...d })
    }
    if (found.length === 0) return
    found.sort((a, b) => a.dueMs - b.dueMs || a.w.issue.id - b.w.issue.id)
    const language = this.deps.settings().language
    this.deps.store.tx(() => {
      for (const m of found) {
        this.sent.mark(m.w.issue.id, m.target, 'at', m.dueMs, nowMs)
        this.deps.store.issues.addEvent(m.w.issue.id, iso(m.dueMs), 'deadlineMissed', breachData(m.target, m.dueMs))
      }
    })
    this.missedAtStart = found.map((m) => ({
      issueId: m.w.issue.id,
      customerName: m.w.issue.customerName,
      title: m.w.issue.title,
      target: m.target,
      targetLabel: m.w.textOf(m.target).title[language],
      dueAt: iso(m.dueMs),
    }))
    const text = missedSummaryText(
      found.map((m) => ({ issue: m.w.issue, step: m.w.textOf(m.target).title, dueMs: m.dueMs })),
      nowMs,
      language,
    )
    this.emit('alert', {
      key: `missed|${iso(nowMs)}`,
      issueId: found[0].w.issue.id,
      kind: 'missed',
      dueAt: iso(found[0].dueMs),
      ...text,
      targets: [...new Set(found.map((m) => m.target))],
    })
    this.emit('issuesChanged', { ids: [...new Set(found.map((m) => m.w.issue.id))] })
  }

  private warnClosingSoon(nowMs: number, language: Language): void {
    const { alert, withdrawn } = this.closing.check({
      calendar: this.deps.rules.get().calendar,
      minutes: this.deps.settings().domain.alerts.closingSoonMinutes,
      issues: () => [...this.book.issues.values()].map((w) => w.issue),
      nowMs,
      language,
    })
    this.withdraw(withdrawn)
    if (alert) this.emit('alert', alert)
  }

  /** Arms the one timer: the earliest instant anything is owed, or the next KST midnight. */
  private arm(nowMs: number): void {
    this.cancelTimer?.()
    this.cancelTimer = null
    if (!this.running) return
    let next = kstMidnight(kstDayNumber(nowMs)) + DAY_MS
    for (const w of this.book.issues.values()) if (w.nextMs !== null && w.nextMs < next) next = w.nextMs
    const closing = this.closing.nextInstant(this.deps.rules.get().calendar, nowMs, this.deps.settings().domain.alerts.closingSoonMinutes)
    if (closing !== null && closing < next) next = closing
    this.armedAt = new Date(Math.max(next, nowMs + MIN_REARM_MS))
    this.cancelTimer = this.deps.scheduler.schedule(this.armedAt, () => {
      this.cancelTimer = null
      this.tick()
    })
  }

  private dailyBackup(nowMs: number): void {
    const day = kstDayNumber(nowMs)
    if (day === this.backupDay) return
    this.backupDay = day
    // Chained: one backup at a time, and awaiting the last one awaits them all.
    this.lastBackup = (this.lastBackup ?? Promise.resolve())
      .then(() => this.deps.store.backupIfDue(new Date(nowMs)))
      .catch((e) => console.error('[clock] daily backup failed:', e))
  }

  /** After every deadline was recomputed: alerts about deadlines that moved or went away no longer apply. */
  private withdrawMoved(): void {
    const gone: string[] = []
    for (const id of this.live.issueIds()) {
      const w = this.book.issues.get(id)
      gone.push(...this.live.dropStale(id, new Set(w?.deadlines.map((d) => deadlineKey(d.target, d.dueMs)))))
    }
    this.withdraw(gone)
  }

  private withdraw(keys: string[]): void {
    if (keys.length) this.emit('alertsWithdrawn', { keys })
  }

  private replan(list: Iterable<WatchedIssue>): void {
    const lead = (this.plannedLeadMs = this.leadMs())
    for (const w of list) w.nextMs = this.nextFor(w, lead)
  }

  private nextFor(w: WatchedIssue, lead: number): number | null {
    const snoozedUntil = this.snoozes.get(w.issue.id)
    if (snoozedUntil !== undefined) return snoozedUntil
    const check = this.sentCheck(w.issue.id)
    let next: number | null = null
    for (const d of w.deadlines) {
      const t = nextAlertMs(d, check, lead)
      if (t !== null && (next === null || t < next)) next = t
    }
    return next
  }

  private sentCheck(issueId: number): SentCheck {
    return this.sent.checkFor(issueId)
  }

  private leadMs(): number {
    return this.deps.settings().domain.alerts.leadMinutes * MINUTE_MS
  }

  private emit<E extends EventName>(event: E, payload: EventOf<E>): void {
    this.deps.hub.emit(event, payload)
  }
}

function breachData(target: string, dueMs: number): TimelineData['deadlineMissed'] {
  return target === 'target' ? { target, dueAt: iso(dueMs) } : { target, stepId: target, dueAt: iso(dueMs) }
}
