// Longer than ~250 lines on purpose: every write of an issue and its lifecycle rules in one place, each
// through the same write path (written → announce); the new issue itself is built by the pure newIssue.ts.
import { firstThingToDo, routeAt } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc'
import {
  SEV1_NEEDS_SE,
  isOpenStatus,
  type Contact,
  type Issue,
  type IssueCreated,
  type IssueDetail,
  type IssueEditable,
  type IssueSummary,
  type ParsedQuickEntry,
  type StepState,
  type Tier,
  type SearchSite,
  type TimelineData,
} from '../../../shared/model'
import { issueDeadlines, toStepView, type IssueDeadlines } from '../../../shared/schedule/issueDeadlines'
import type { ParsedRequestOf } from '../../../shared/ipc/contract'
import type { Store } from '../store/store'
import { checkContactRole } from './directory'
import { checkEnteredTime, type Moment } from './enteredTime'
import type { Hub } from './hub'
import type { IssueWatcher } from './issueWatcher'
import { newIssue } from './newIssue'
import { CONTACT_NOT_FOUND, CUSTOMER_NOT_FOUND, issueNotFound, NO_SUCH_CUSTOMER } from './notFound'
import type { RulesCache } from './rules'
import type { SettingsService } from './settings'

const iso = (d: Date) => d.toISOString()

/**
 * Every rule about an issue's life; each change writes its timeline event in the same transaction.
 * After a write the issue is known as written (never read back): its deadlines are computed once,
 * the sort index `next_due` and the clock (`watcher`) get them, and the reply is built from them.
 */
export class IssueService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly rules: RulesCache,
    private readonly hub: Hub,
    private readonly watcher: IssueWatcher,
    private readonly now: () => Date,
  ) {}

  create(entry: ParsedQuickEntry): IssueCreated {
    const now = this.now()
    const customer = entry.customerId
      ? this.store.directory.customer(entry.customerId)
      : entry.customerName
        ? this.store.directory.customerByName(entry.customerName)
        : null
    if (entry.customerId && !customer) throw new AppError('notFound', CUSTOMER_NOT_FOUND, { customerId: NO_SUCH_CUSTOMER })
    const settings = this.settings.get()
    const issue = newIssue(
      entry,
      {
        customer,
        defaultDistributorContactId: this.existingContact(settings.defaultDistributorContactId, 'distributor'),
        defaultSeContactId: this.existingContact(settings.defaultSeContactId, 'veeamSe'),
        routing: settings.domain.routing,
      },
      now,
    )
    this.checkSev1(issue)
    // Nothing in the deadlines depends on the id: computed before the write, so the row is written once.
    const deadlines = issueDeadlines(issue, [], this.rules.get(), now)
    const saved = this.store.tx((): Saved => {
      let customerId = issue.customerId
      if (!customer && entry.customerName) {
        customerId = this.store.directory.saveCustomer({
          name: entry.customerName,
          status: issue.customerStatus,
          renewal: issue.renewal,
          product: issue.product,
          version: '',
          distributorContactId: null,
          seContactId: null,
        })
      }
      const id = this.store.issues.insert({ ...issue, customerId }, deadlines.nextDue && iso(deadlines.nextDue))
      this.store.issues.addEvent(id, iso(now), 'created', { title: issue.title, track: issue.track, severity: issue.severity })
      if (issue.caseNumber && issue.routedRegion) {
        this.store.issues.addEvent(id, iso(now), 'caseOpened', { caseNumber: issue.caseNumber, region: issue.routedRegion, old: null })
      }
      if (issue.severity === 1) this.logSev1(id, issue)
      return { issue: { ...issue, customerId, id }, states: [], deadlines }
    })
    const first = firstThingToDo(saved.issue.track, saved.deadlines.steps)
    this.announce(saved)
    this.indexSoon()
    const { id, title, track, severity } = saved.issue
    return { id, title, track, severity, firstStep: first && toStepView(first) }
  }

  get(id: number): IssueDetail {
    const issue = this.mustGet(id)
    const stepStates = this.store.issues.stepStates(id)
    return this.detail(issue, stepStates, issueDeadlines(issue, stepStates, this.rules.get(), this.now()))
  }

  list(filter: ParsedRequestOf<'issues.list'>): IssueSummary[] {
    const rules = this.rules.get()
    const now = this.now()
    const issues = this.store.issues.list(filter)
    const states = this.store.issues.stepStatesOf(issues.map((i) => i.id))
    return issues.map((issue) => {
      const d = issueDeadlines(issue, states.get(issue.id) ?? [], rules, now)
      return {
        id: issue.id,
        title: issue.title,
        track: issue.track,
        severity: issue.severity,
        status: issue.status,
        renewal: issue.renewal,
        customerName: issue.customerName,
        caseNumber: issue.caseNumber,
        loggedAt: issue.loggedAt,
        nextStep: d.nextStep && toStepView(d.nextStep),
        nextDue: d.nextDue && iso(d.nextDue),
        targetDue: d.targetDue && iso(d.targetDue),
      }
    })
  }

  update(id: number, patch: Partial<IssueEditable>): Issue {
    const before = this.mustGetEditable(id)
    const after: Issue = { ...before, ...patch }
    if (Date.parse(after.firstOccurredAt) > Date.parse(after.loggedAt)) {
      throw new AppError(
        'rule',
        { ko: '최초 발생 시각은 등록 시각보다 늦을 수 없습니다', en: 'The first occurrence cannot be later than the time the issue was logged' },
        { firstOccurredAt: { ko: '등록 이후 시각입니다', en: 'Later than the logging time' } },
      )
    }
    if (patch.sev1ConsultedAt) checkEnteredTime(patch.sev1ConsultedAt, this.now(), 'sev1Consulted', 'sev1ConsultedAt')
    if (patch.customerId && !this.store.directory.customer(patch.customerId)) {
      throw new AppError('notFound', CUSTOMER_NOT_FOUND, { customerId: NO_SUCH_CUSTOMER })
    }
    checkContactRole(this.store, patch.distributorContactId, 'distributor', 'distributorContactId')
    checkContactRole(this.store, patch.seContactId, 'veeamSe', 'seContactId')
    if (patch.severity === 1 && before.severity !== 1 && !patch.sev1ConsultedAt) after.sev1ConsultedAt = iso(this.now())
    // Checked when it changes: an older Sev1 whose SE contact was deleted since keeps its timeline record.
    if ('severity' in patch || 'sev1ConsultedSeId' in patch) this.checkSev1(after)
    const changed = (Object.keys(patch) as (keyof IssueEditable)[]).filter((k) => before[k] !== after[k])
    if (changed.length === 0) return before
    const at = iso(this.now())
    const restart = changed.includes('severity') ? this.severityRestart(before, after, at) : null
    if (restart) after.severityChangedAt = at
    after.updatedAt = at
    const saved = this.store.tx(() => {
      const fields = Object.fromEntries(changed.map((k) => [k, after[k]]))
      this.store.issues.update(id, { ...fields, sev1ConsultedAt: after.sev1ConsultedAt, updatedAt: at, ...(restart && { severityChangedAt: at }) })
      for (const k of changed) {
        const targetDue = k === 'severity' && restart ? { targetDue: restart } : {}
        this.store.issues.addEvent(id, at, 'fieldChanged', { field: k, old: before[k], new: after[k], ...targetDue })
      }
      if (after.severity === 1 && (before.severity !== 1 || before.sev1ConsultedSeId !== after.sev1ConsultedSeId)) this.logSev1(id, after)
      return this.written(after, this.store.issues.stepStates(id))
    })
    this.announce(saved)
    return saved.issue
  }

  openCase(id: number, caseNumber: string, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkTime(at, 'caseOpened', { at: issue.loggedAt, label: 'logged' })
    const region = routeAt(new Date(at), this.settings.get().domain.routing).region
    return this.transition(issue, 'caseOpened', { caseNumber, region, old: issue.caseNumber }, {
      caseNumber,
      caseOpenedAt: at,
      routedRegion: region,
      status: issue.status === 'new' ? 'caseOpen' : issue.status,
    }, at)
  }

  firstResponse(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    if (!issue.caseOpenedAt) throw new AppError(
        'rule',
        { ko: '케이스를 먼저 오픈하세요', en: 'Open the case first' },
        { at: { ko: '케이스 오픈 전입니다', en: 'The case is not open yet' } },
      )
    this.checkTime(at, 'firstResponse', { at: issue.caseOpenedAt, label: 'caseOpened' })
    // The due in force when the cycle ended is kept with it: later settings or holiday edits never rewrite it.
    const dueAt = this.targetDue(issue)
    return this.transition(issue, 'firstResponse', { dueAt: dueAt && iso(dueAt) }, { firstResponseAt: at, status: 'responded' }, at)
  }

  setTier(id: number, tier: Tier, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkTime(at, 'tierChanged', { at: issue.loggedAt, label: 'logged' })
    if (issue.tier === tier) return issue
    return this.transition(issue, 'tierChanged', { old: issue.tier, new: tier }, { tier }, at)
  }

  resolve(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkTime(at, 'resolved', { at: issue.loggedAt, label: 'logged' })
    return this.transition(issue, 'resolved', {}, { status: 'resolved', resolvedAt: at }, at)
  }

  reopen(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGet(id)
    if (issue.status !== 'resolved') throw new AppError('rule', { ko: '해결된 이슈만 다시 열 수 있습니다', en: 'Only a resolved issue can be reopened' })
    this.checkTime(at, 'reopened', { at: issue.resolvedAt, label: 'resolved' })
    return this.transition(issue, 'reopened', { firstResponseAt: issue.firstResponseAt }, {
      status: issue.caseOpenedAt ? 'caseOpen' : 'new',
      reopenedAt: at,
      resolvedAt: null,
      firstResponseAt: null,
    }, at)
  }

  close(id: number): Issue {
    const issue = this.mustGet(id)
    if (issue.status !== 'resolved') throw new AppError('rule', { ko: '해결된 이슈만 종료(보관)할 수 있습니다', en: 'Only a resolved issue can be closed (archived)' })
    const at = iso(this.now())
    return this.transition(issue, 'closed', {}, { status: 'closed' }, at)
  }

  markStep(raw: { issueId: number; stepId: string; status: 'done' | 'skipped' | 'open'; at?: string; note: string; noFix: boolean; serious: boolean }): IssueDetail {
    const req = { ...raw, at: this.recordedAt(raw.at) }
    const issue = this.mustGetActive(req.issueId)
    if (req.status !== 'open') this.checkTime(req.at, 'step', { at: issue.loggedAt, label: 'logged' })
    const prefix = issue.track === 'general' ? 'G' : 'C'
    if (!req.stepId.startsWith(prefix)) throw new AppError(
        'invalid',
        { ko: `이 이슈의 절차에는 ${req.stepId} 단계가 없습니다`, en: `This issue’s playbook has no step ${req.stepId}` },
        { stepId: { ko: '없는 단계입니다', en: 'No such step' } },
      )
    if (req.status === 'skipped' && !req.note.trim()) throw new AppError('invalid', { ko: '건너뛰는 이유를 적어 주세요', en: 'Write down why you are skipping this step' }, { note: { ko: '이유가 필요합니다', en: 'A reason is needed' } })
    const updatedAt = iso(this.now())
    const saved = this.store.tx(() => {
      if (req.status === 'open') {
        this.store.issues.clearStepState(issue.id, req.stepId)
        this.store.issues.addEvent(issue.id, updatedAt, 'stepReopened', { stepId: req.stepId })
      } else {
        const state: StepState = { stepId: req.stepId, status: req.status, at: req.at, note: req.note, noFix: req.noFix, serious: req.serious }
        this.store.issues.setStepState(issue.id, state)
        this.store.issues.addEvent(issue.id, req.at, req.status === 'done' ? 'stepDone' : 'stepSkipped', {
          stepId: req.stepId,
          note: req.note,
          noFix: req.noFix,
          serious: req.serious,
        })
      }
      this.store.issues.update(issue.id, { updatedAt })
      return this.written({ ...issue, updatedAt }, this.store.issues.stepStates(issue.id))
    })
    this.announce(saved)
    return this.detail(saved.issue, saved.states, saved.deadlines)
  }

  addNote(issueId: number, text: string): void {
    this.mustGetEditable(issueId)
    this.event(issueId, 'note', { text })
  }

  logCall(issueId: number, contactId: number, stepId?: string, note?: string): void {
    this.mustGetActive(issueId)
    const c = this.store.directory.contact(contactId)
    if (!c) throw new AppError('notFound', CONTACT_NOT_FOUND)
    this.event(issueId, 'call', { contactId, name: c.name, role: c.role, phone: c.phone, stepId, note })
  }

  logSearch(issueId: number, where: SearchSite, query: string): void {
    this.mustGetEditable(issueId)
    this.event(issueId, 'search', { where, query })
  }

  /** Recomputes `next_due` (a sort index only) for every open issue in one transaction, e.g. after a settings change. */
  refreshAllNextDue(): void {
    const rules = this.rules.get()
    const now = this.now()
    this.store.tx(() => {
      const states = this.store.issues.openStepStates()
      for (const issue of this.store.issues.openIssues()) {
        const d = issueDeadlines(issue, states.get(issue.id) ?? [], rules, now)
        this.store.issues.setNextDue(issue.id, d.nextDue && iso(d.nextDue))
      }
    })
  }

  private event<K extends 'note' | 'call' | 'search'>(issueId: number, kind: K, data: TimelineData[K]): void {
    this.store.issues.addEvent(issueId, iso(this.now()), kind, data)
    this.hub.emit('issuesChanged', { ids: [issueId] })
  }

  private transition<K extends 'caseOpened' | 'firstResponse' | 'tierChanged' | 'resolved' | 'reopened' | 'closed'>(
    before: Issue,
    kind: K,
    data: TimelineData[K],
    patch: Partial<Omit<Issue, 'id'>>,
    at: string,
  ): Issue {
    const after: Issue = { ...before, ...patch, updatedAt: iso(this.now()) }
    const saved = this.store.tx(() => {
      this.store.issues.update(before.id, { ...patch, updatedAt: after.updatedAt })
      this.store.issues.addEvent(before.id, at, kind, data)
      return this.written(after, isOpenStatus(after.status) ? this.store.issues.stepStates(before.id) : [])
    })
    this.announce(saved)
    return saved.issue
  }

  private targetDue(issue: Issue): Date | null {
    return issueDeadlines(issue, [], this.rules.get(), this.now()).targetDue
  }

  /**
   * A severity changed while the target clock runs restarts it from the change with the new
   * severity's target; both due times go to the timeline. Null when no clock runs.
   */
  private severityRestart(before: Issue, after: Issue, at: string): { old: string; new: string } | null {
    const old = this.targetDue(before)
    if (!old) return null
    const restarted = this.targetDue({ ...after, severityChangedAt: at })
    return restarted && { old: iso(old), new: iso(restarted) }
  }

  /** Inside the write's transaction: the issue's deadlines, computed once, and its sort index. */
  private written(issue: Issue, states: StepState[]): Saved {
    const deadlines = issueDeadlines(issue, states, this.rules.get(), this.now())
    this.store.issues.setNextDue(issue.id, deadlines.nextDue && iso(deadlines.nextDue))
    return { issue, states, deadlines }
  }

  /**
   * The new issue's search index rows, written once the reply is on its way (they are half the
   * create's work and the reply needs none of them). A search or an edit that comes first writes
   * them itself; a crash in between is caught up at the next open, a failure here by the next search.
   */
  private indexSoon(): void {
    this.store.afterCommit.soon(() => this.store.tx(() => this.store.issues.indexNew()))
  }

  /** After the commit: the clock first (so that whoever hears the event sees its new deadlines), then the event. */
  private announce(saved: Saved): void {
    this.watcher.issueSaved(saved.issue, saved.states, saved.deadlines)
    this.hub.emit('issuesChanged', { ids: [saved.issue.id] })
  }

  private detail(issue: Issue, stepStates: StepState[], d: IssueDeadlines): IssueDetail {
    return {
      issue,
      steps: d.steps.map(toStepView),
      stepStates,
      targetDue: d.targetDue && iso(d.targetDue),
      timeline: this.store.issues.timeline(issue.id),
      customer: issue.customerId ? this.store.directory.customer(issue.customerId) : null,
      contacts: this.store.directory.contacts(),
    }
  }

  private mustGet(id: number): Issue {
    const issue = this.store.issues.get(id)
    if (!issue) throw new AppError('notFound', issueNotFound(id))
    return issue
  }

  /** Fields and notes stay editable until the issue is closed (archived, read-only). */
  private mustGetEditable(id: number): Issue {
    const issue = this.mustGet(id)
    if (issue.status === 'closed') throw new AppError('rule', { ko: '종료(보관)된 이슈는 수정할 수 없습니다', en: 'A closed (archived) issue cannot be changed' })
    return issue
  }

  /** Playbook and lifecycle actions need a running issue: a resolved one is reopened first. */
  private mustGetActive(id: number): Issue {
    const issue = this.mustGetEditable(id)
    if (!isOpenStatus(issue.status)) throw new AppError('rule', { ko: '해결된 이슈입니다 — 먼저 다시 여세요', en: 'This issue is resolved — reopen it first' })
    return issue
  }

  /** A time the user left at "지금" is the moment the request arrives, to the second; a time they edited is taken as entered. */
  private recordedAt(entered: string | undefined): string {
    return entered ?? new Date(Math.floor(this.now().getTime() / 1000) * 1000).toISOString()
  }

  private checkTime(at: string, what: Moment, notBefore?: { at: string | null; label: Moment }): void {
    checkEnteredTime(at, this.now(), what, 'at', notBefore)
  }

  private existingContact(id: number | null, role: Contact['role']): number | null {
    const c = id ? this.store.directory.contact(id) : null
    return c && c.role === role ? c.id : null
  }

  /** Sev1 only after consulting a Veeam Korea SE, recorded by name. */
  private checkSev1(issue: Omit<Issue, 'id'>): void {
    if (issue.severity !== 1) return
    const se = issue.sev1ConsultedSeId ? this.store.directory.contact(issue.sev1ConsultedSeId) : null
    if (!se || se.role !== 'veeamSe') throw new AppError('rule', SEV1_NEEDS_SE, { severity: SEV1_NEEDS_SE })
  }

  private logSev1(id: number, issue: Omit<Issue, 'id'>): void {
    const se = issue.sev1ConsultedSeId ? this.store.directory.contact(issue.sev1ConsultedSeId) : null
    this.store.issues.addEvent(id, issue.sev1ConsultedAt ?? iso(this.now()), 'sev1Consulted', { seId: se?.id, seName: se?.name })
  }
}

/** One issue as just written: the row's values, its step states and the deadlines computed from them. */
interface Saved {
  issue: Issue
  states: StepState[]
  deadlines: IssueDeadlines
}
