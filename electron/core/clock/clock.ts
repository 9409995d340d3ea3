import type { TimelineData } from '../../../shared/model'
import type { EventName, EventOf, MissedAlert } from '../../../shared/ipc'
import { AppError } from '../../../shared/ipc'
import { isOpenStatus, type AppSettings, type Contact } from '../../../shared/model'
import { dueAlert, mergeDueAlerts, nextAlertMs, type DueAlert, type SentCheck } from '../../../shared/schedule/alertPlan'
import { closingSoonText, deadlineAlertText, missedSummaryText, type Language } from '../../../shared/schedule/alertText'
import { DAY_MS, kstDayNumber, kstMidnight } from '../../../shared/domain/time/kstDays'
import type { TrayIssue } from '../../../shared/schedule/trayModel'
import type { AlertsPort } from '../core'
import type { Hub } from '../services/hub'
import type { RulesCache } from '../services/rules'
import type { Store } from '../store/store'
import { closingWindow, nextClosingWarnMs } from './closingSoon'
import { DeadlineBook, type WatchedIssue } from './deadlineBook'
import type { Scheduler } from './scheduler'
import { CLOSING_SOON, SentAlerts } from './sentAlerts'

export interface ClockDeps {
  store: Store
  rules: RulesCache
  settings: () => AppSettings
  hub: Hub
  now: () => Date
  scheduler: Scheduler
}

/** How often the watchdog compares wall time with the monotonic clock, and the drift it tolerates. */
export const WATCHDOG_MS = 30_000
export const JUMP_TOLERANCE_MS = 5_000
/** Never re-arm sooner than this after a tick: a failing tick must not spin. */
const MIN_REARM_MS = 1_000
const MINUTE_MS = 60_000

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * The escalation clock (spec §4 rules, §11, §12). It keeps every open deadline in memory, arms ONE
 * timer for the earliest instant anything is owed (a before/at alert, a snooze ending, the Basic
 * closing-soon warning, or the next KST midnight for the daily backup), and on each tick sends what
 * is due, one notification per issue. Sent alerts are keyed in alerts_sent, so none repeats across
 * restarts; deadlines that passed while the app was closed are summed up once at start.
 *
 * Snoozes live in memory only (a restart forgets them; the missed-alert summary covers the gap);
 * each is also written to the issue's timeline as a 'snoozed' event { minutes, until }.
 */
export class Clock implements AlertsPort {
  private readonly book = new DeadlineBook()
  private readonly sent: SentAlerts
  private readonly snoozes = new Map<number, number>()
  private missedAtStart: MissedAlert[] = []
  private running = false
  private quiet = false
  private cancelTimer: (() => void) | null = null
  private stopWatchdog: (() => void) | null = null
  private unsubscribe: (() => void) | null = null
  private backupDay = -1 // KST day number of the last daily-backup check
  private lastWall = 0
  private lastMono = 0
  /** The one armed instant (tests and the bench read it). */
  armedAt: Date | null = null
  /** The last daily backup started by the clock (tests await it). */
  lastBackup: Promise<unknown> | null = null

  constructor(private readonly deps: ClockDeps) {
    this.sent = new SentAlerts(deps.store)
  }

  start(): void {
    if (this.running) return
    this.running = true
    const now = this.deps.now()
    this.backupDay = kstDayNumber(now.getTime())
    this.sent.load()
    // Deadlines known at start were "seen" long ago: a before-alert whose time passed while the app
    // was closed is still owed (with the real minutes left); one logged later is judged from then.
    this.book.loadAll(this.deps.store, this.deps.rules.get(), now, -Infinity)
    this.reportMissed(now.getTime())
    this.replan(this.book.issues.values())
    this.unsubscribe = this.deps.hub.on((event, payload) => this.onHubEvent(event, payload))
    this.lastWall = now.getTime()
    this.lastMono = this.deps.scheduler.monotonicMs()
    this.stopWatchdog = this.deps.scheduler.every(WATCHDOG_MS, () => this.checkForJump())
    this.tick()
  }

  stop(): void {
    this.running = false
    this.cancelTimer?.()
    this.stopWatchdog?.()
    this.unsubscribe?.()
    this.cancelTimer = this.stopWatchdog = this.unsubscribe = null
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
    const issue = this.deps.store.issues.get(issueId)
    if (!issue) throw new AppError('notFound', `이슈 #${issueId}을(를) 찾을 수 없습니다`)
    if (!isOpenStatus(issue.status)) throw new AppError('rule', '해결되었거나 종료된 이슈는 다시 알릴 수 없습니다')
    const nowMs = this.deps.now().getTime()
    const until = nowMs + minutes * MINUTE_MS
    this.snoozes.set(issueId, until)
    this.deps.store.issues.addEvent(issueId, iso(nowMs), 'snoozed', { minutes, until: iso(until) })
    const w = this.book.issues.get(issueId)
    if (w) this.replan([w])
    this.emitQuietly('issuesChanged', { ids: [issueId] })
    if (this.running) this.arm(nowMs)
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

  private onHubEvent(event: EventName, payload: unknown): void {
    if (this.quiet || !this.running) return
    const { store, rules, now } = this.deps
    if (event === 'issuesChanged') {
      const ids = (payload as EventOf<'issuesChanged'>).ids
      if (ids.length === 0) {
        // The whole file changed (restore, import): reload everything, sent keys included.
        this.sent.load()
        this.book.loadAll(store, rules.get(), now(), now().getTime())
        this.replan(this.book.issues.values())
      } else {
        this.book.refresh(ids, store, rules.get(), now(), now().getTime())
        this.replan(ids.map((id) => this.book.issues.get(id)).filter((w): w is WatchedIssue => !!w))
      }
      this.tick()
    } else if (event === 'settingsChanged') {
      // Settings and holidays move deadlines: recompute all of them (the issues themselves did not change).
      this.book.recomputeAll(rules.get(), now(), now().getTime())
      this.replan(this.book.issues.values())
      this.tick()
    }
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
      if (touched.length) this.emitQuietly('issuesChanged', { ids: touched })
    } catch (e) {
      console.error('[clock] tick failed:', e)
    }
    this.arm(nowMs)
  }

  /** One notification for what this issue owes now; true when its timeline got a breach. */
  private fire(w: WatchedIssue, nowMs: number, lead: number, language: Language, contacts: () => Contact[]): boolean {
    const id = w.issue.id
    const snoozedUntil = this.snoozes.get(id)
    if (snoozedUntil !== undefined) {
      if (snoozedUntil > nowMs) return false
      this.snoozes.delete(id)
    }
    const check = this.sentCheck(id)
    const items = w.deadlines.map((d) => dueAlert(d, check, lead, nowMs)).filter((i): i is DueAlert => i !== null)
    if (items.length === 0) {
      if (snoozedUntil !== undefined) this.remind(w, nowMs, language, contacts())
      return false
    }
    const breaches = items.filter((i) => i.kind === 'at' || i.late)
    this.deps.store.tx(() => {
      for (const i of items) this.sent.mark(id, i.target, i.keyKind, i.dueMs, nowMs)
      // A passed deadline is frozen (spec §12): its breach stays in the timeline with the due time it had.
      for (const b of breaches) this.deps.store.issues.addEvent(id, iso(b.dueMs), 'deadlineMissed', breachData(b.target, b.dueMs))
    })
    // Only deadlines due at the same instant (and owed the same way) share a notification (spec §4).
    const groups = new Map<string, DueAlert[]>()
    for (const i of items) groups.set(`${i.kind}|${i.dueMs}`, [...(groups.get(`${i.kind}|${i.dueMs}`) ?? []), i])
    for (const group of groups.values()) {
      const merged = mergeDueAlerts(group, (target) => (w.texts.get(target)?.callRoles.length ?? 0) > 0)
      const text = deadlineAlertText({
        issue: w.issue,
        kind: merged.kind,
        steps: merged.ordered.map((i) => w.texts.get(i.target)!),
        dueMs: merged.dueMs,
        nowMs,
        contacts: contacts(),
        language,
      })
      const targets = merged.ordered.map((i) => i.target)
      this.emit('alert', { key: `${id}|${targets.join('+')}|${merged.kind}|${iso(merged.dueMs)}`, issueId: id, kind: merged.kind, dueAt: iso(merged.dueMs), ...text, targets })
    }
    return breaches.length > 0
  }

  /** A snooze ended with nothing newly owed: re-state the issue's most urgent deadline. */
  private remind(w: WatchedIssue, nowMs: number, language: Language, contacts: Contact[]): void {
    const nearest = [...w.deadlines].sort((a, b) => a.dueMs - b.dueMs)[0]
    if (!nearest) return
    const kind = nearest.dueMs <= nowMs ? 'now' : 'before'
    const text = deadlineAlertText({ issue: w.issue, kind, steps: [w.texts.get(nearest.target)!], dueMs: nearest.dueMs, nowMs, contacts, language })
    this.emit('alert', { key: `${w.issue.id}|snooze|${iso(nowMs)}`, issueId: w.issue.id, kind, dueAt: iso(nearest.dueMs), ...text, targets: [nearest.target] })
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
      targetLabel: m.w.texts.get(m.target)!.title[language],
      dueAt: iso(m.dueMs),
    }))
    const text = missedSummaryText(
      found.map((m) => ({ issue: m.w.issue, step: m.w.texts.get(m.target)!.title, dueMs: m.dueMs })),
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
    this.emitQuietly('issuesChanged', { ids: [...new Set(found.map((m) => m.w.issue.id))] })
  }

  /** One warning per closing when any open Basic issue still waits for its first response. */
  private warnClosingSoon(nowMs: number, language: Language): void {
    const minutes = this.deps.settings().domain.alerts.closingSoonMinutes
    const win = closingWindow(this.deps.rules.get().calendar, nowMs, minutes)
    if (!win || nowMs < win.warnAtMs || this.sent.closingWarned(win.closesAtMs)) return
    const waiting = [...this.book.issues.values()]
      .map((w) => w.issue)
      .filter((i) => i.renewal === 'basic' && !i.firstResponseAt)
      .sort((a, b) => a.id - b.id)
    if (waiting.length === 0) return
    const text = closingSoonText({ closesAtMs: win.closesAtMs, nextOpeningMs: win.nextOpeningMs, waiting, nowMs, language })
    this.sent.mark(waiting[0].id, CLOSING_SOON, CLOSING_SOON, win.closesAtMs, nowMs)
    this.emit('alert', {
      key: `${CLOSING_SOON}|${iso(win.closesAtMs)}`,
      issueId: waiting[0].id,
      kind: 'closingSoon',
      dueAt: iso(win.closesAtMs),
      ...text,
      targets: [CLOSING_SOON],
    })
  }

  /** Arms the one timer: the earliest instant anything is owed, or the next KST midnight. */
  private arm(nowMs: number): void {
    this.cancelTimer?.()
    this.cancelTimer = null
    if (!this.running) return
    let next = kstMidnight(kstDayNumber(nowMs)) + DAY_MS
    for (const w of this.book.issues.values()) if (w.nextMs !== null && w.nextMs < next) next = w.nextMs
    const settings = this.deps.settings()
    const closing = nextClosingWarnMs(this.deps.rules.get().calendar, nowMs, settings.domain.alerts.closingSoonMinutes)
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

  private replan(list: Iterable<WatchedIssue>): void {
    const lead = this.leadMs()
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
    return (target, kind, dueMs) => this.sent.has(issueId, target, kind, dueMs)
  }

  private leadMs(): number {
    return this.deps.settings().domain.alerts.leadMinutes * MINUTE_MS
  }

  private emit<E extends EventName>(event: E, payload: EventOf<E>): void {
    this.deps.hub.emit(event, payload)
  }

  /** Our own timeline writes change no deadline: tell the renderer without re-entering the clock. */
  private emitQuietly<E extends EventName>(event: E, payload: EventOf<E>): void {
    this.quiet = true
    try {
      this.deps.hub.emit(event, payload)
    } finally {
      this.quiet = false
    }
  }
}

function breachData(target: string, dueMs: number): TimelineData['deadlineMissed'] {
  return target === 'target' ? { target, dueAt: iso(dueMs) } : { target, stepId: target, dueAt: iso(dueMs) }
}
