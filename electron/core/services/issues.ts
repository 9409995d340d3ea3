import { routeAt, suggestSeverity } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc'
import {
  SEV1_NEEDS_SE_MESSAGE,
  isOpenStatus,
  type Contact,
  type Issue,
  type IssueDetail,
  type IssueEditable,
  type IssueSummary,
  type QuickEntry,
  QuickEntrySchema,
  type StepState,
  type Tier,
  type SearchSite,
  type TimelineData,
} from '../../../shared/model'
import { issueDeadlines, toStepView } from '../../../shared/schedule/issueDeadlines'
import type { ListFilter } from '../store/issuesRepo'
import type { Store } from '../store/store'
import { checkContactRole } from './directory'
import type { Hub } from './hub'
import type { RulesCache } from './rules'
import type { SettingsService } from './settings'

const iso = (d: Date) => d.toISOString()

/** The page's clock and the core's may differ by a little; "now" typed in the page must still pass. */
const CLOCK_SKEW_MS = 60_000

/** Every rule about an issue's life (spec §5, §12, §13); each change writes its timeline event in the same transaction. */
export class IssueService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly rules: RulesCache,
    private readonly hub: Hub,
    private readonly now: () => Date,
  ) {}

  create(raw: QuickEntry): Issue {
    const entry = QuickEntrySchema.parse(raw)
    const now = this.now()
    const customer = entry.customerId
      ? this.store.directory.customer(entry.customerId)
      : entry.customerName
        ? this.store.directory.customerByName(entry.customerName)
        : null
    if (entry.customerId && !customer) throw new AppError('notFound', '고객사를 찾을 수 없습니다', { customerId: '없는 고객사입니다' })
    // A new customer must choose (Basic would understate urgency); with no customer at all the
    // stricter Production clock applies until one is set.
    // The renewal sent wins over the stored one: a line may name this issue's contract ("basic").
    const renewal = entry.renewal ?? customer?.renewal ?? (entry.customerName ? undefined : 'production')
    if (!renewal) {
      throw new AppError('invalid', '신규 고객은 갱신 유형(Production / Basic)을 선택하세요', {
        renewal: 'Production 또는 Basic을 선택하세요',
      })
    }
    const severity = entry.severity ?? suggestSeverity(entry.track, entry.problemType)
    const firstOccurredAt = entry.firstOccurredAt ?? iso(now)
    this.checkEnteredTime(firstOccurredAt, '최초 발생', 'firstOccurredAt')
    if (entry.sev1ConsultedAt) this.checkEnteredTime(entry.sev1ConsultedAt, 'Sev1 사전 협의', 'sev1ConsultedAt')
    const settings = this.settings.get()
    const issue: Omit<Issue, 'id'> = {
      title: entry.title,
      track: entry.track,
      problemType: entry.problemType,
      customerId: customer?.id ?? null,
      customerName: customer?.name ?? entry.customerName,
      customerStatus: entry.customerStatus ?? customer?.status ?? 'operating',
      product: customer?.product ?? 'Veeam Backup & Replication',
      version: customer?.version ?? '',
      renewal,
      severity,
      sev1ConsultedSeId: severity === 1 ? entry.sev1ConsultedSeId : null,
      sev1ConsultedAt: severity === 1 ? (entry.sev1ConsultedAt ?? iso(now)) : null,
      // A case number given at logging: the case was opened at logging, routed by that instant.
      caseNumber: entry.caseNumber,
      routedRegion: entry.caseNumber ? routeAt(now, settings.domain.routing).region : null,
      tier: 1,
      qaDevInvolved: false,
      symptoms: '',
      errorMessage: entry.errorMessage,
      businessImpact: '',
      requestToVeeam: '',
      status: entry.caseNumber ? 'caseOpen' : 'new',
      prereqCheckedPartner: false,
      prereqCheckedDistributor: false,
      distributorContactId: customer?.distributorContactId ?? this.existingContact(settings.defaultDistributorContactId, 'distributor'),
      seContactId: customer?.seContactId ?? this.existingContact(settings.defaultSeContactId, 'veeamSe'),
      loggedAt: iso(now),
      firstOccurredAt,
      caseOpenedAt: entry.caseNumber ? iso(now) : null,
      firstResponseAt: null,
      resolvedAt: null,
      reopenedAt: null,
      severityChangedAt: null,
      updatedAt: iso(now),
    }
    this.checkSev1(issue)
    const id = this.store.tx(() => {
      let customerId = issue.customerId
      if (!customer && entry.customerName) {
        customerId = this.store.directory.saveCustomer({
          name: entry.customerName,
          status: entry.customerStatus ?? 'operating',
          renewal,
          product: issue.product,
          version: '',
          distributorContactId: null,
          seContactId: null,
        })
      }
      const id = this.store.issues.insert({ ...issue, customerId })
      this.store.issues.addEvent(id, iso(now), 'created', { title: issue.title, track: issue.track, severity })
      if (issue.caseNumber && issue.routedRegion) {
        this.store.issues.addEvent(id, iso(now), 'caseOpened', { caseNumber: issue.caseNumber, region: issue.routedRegion, old: null })
      }
      if (severity === 1) this.logSev1(id, issue)
      this.refreshNextDue(id, { ...issue, customerId, id })
      return id
    })
    return this.changed(id)
  }

  get(id: number): IssueDetail {
    const issue = this.mustGet(id)
    const stepStates = this.store.issues.stepStates(id)
    const d = issueDeadlines(issue, stepStates, this.rules.get(), this.now())
    return {
      issue,
      steps: d.steps.map(toStepView),
      stepStates,
      targetDue: d.targetDue && iso(d.targetDue),
      timeline: this.store.issues.timeline(id),
      customer: issue.customerId ? this.store.directory.customer(issue.customerId) : null,
      contacts: this.store.directory.contacts(),
    }
  }

  list(filter: ListFilter): IssueSummary[] {
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
      throw new AppError('rule', '최초 발생 시각은 등록 시각보다 늦을 수 없습니다', { firstOccurredAt: '등록 이후 시각입니다' })
    }
    if (patch.sev1ConsultedAt) this.checkEnteredTime(patch.sev1ConsultedAt, 'Sev1 사전 협의', 'sev1ConsultedAt')
    if (patch.customerId && !this.store.directory.customer(patch.customerId)) {
      throw new AppError('notFound', '고객사를 찾을 수 없습니다', { customerId: '없는 고객사입니다' })
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
    this.store.tx(() => {
      const fields = Object.fromEntries(changed.map((k) => [k, after[k]]))
      this.store.issues.update(id, { ...fields, sev1ConsultedAt: after.sev1ConsultedAt, updatedAt: at, ...(restart && { severityChangedAt: at }) })
      for (const k of changed) {
        const targetDue = k === 'severity' && restart ? { targetDue: restart } : {}
        this.store.issues.addEvent(id, at, 'fieldChanged', { field: k, old: before[k], new: after[k], ...targetDue })
      }
      if (after.severity === 1 && (before.severity !== 1 || before.sev1ConsultedSeId !== after.sev1ConsultedSeId)) this.logSev1(id, after)
      this.refreshNextDue(id)
    })
    return this.changed(id)
  }

  openCase(id: number, caseNumber: string, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkEnteredTime(at, '케이스 오픈', 'at', { at: issue.loggedAt, label: '이슈 등록' })
    const region = routeAt(new Date(at), this.settings.get().domain.routing).region
    return this.transition(id, 'caseOpened', { caseNumber, region, old: issue.caseNumber }, {
      caseNumber,
      caseOpenedAt: at,
      routedRegion: region,
      status: issue.status === 'new' ? 'caseOpen' : issue.status,
    }, at)
  }

  firstResponse(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    if (!issue.caseOpenedAt) throw new AppError('rule', '케이스를 먼저 오픈하세요', { at: '케이스 오픈 전입니다' })
    this.checkEnteredTime(at, '첫 응답', 'at', { at: issue.caseOpenedAt, label: '케이스 오픈' })
    // The due in force when the cycle ended is kept with it: later settings or holiday edits never rewrite it.
    const dueAt = this.targetDue(issue)
    return this.transition(id, 'firstResponse', { dueAt: dueAt && iso(dueAt) }, { firstResponseAt: at, status: 'responded' }, at)
  }

  setTier(id: number, tier: Tier, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkEnteredTime(at, 'Tier 변경', 'at', { at: issue.loggedAt, label: '이슈 등록' })
    if (issue.tier === tier) return issue
    return this.transition(id, 'tierChanged', { old: issue.tier, new: tier }, { tier }, at)
  }

  resolve(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGetActive(id)
    this.checkEnteredTime(at, '해결', 'at', { at: issue.loggedAt, label: '이슈 등록' })
    return this.transition(id, 'resolved', {}, { status: 'resolved', resolvedAt: at }, at)
  }

  reopen(id: number, entered?: string): Issue {
    const at = this.recordedAt(entered)
    const issue = this.mustGet(id)
    if (issue.status !== 'resolved') throw new AppError('rule', '해결된 이슈만 다시 열 수 있습니다')
    this.checkEnteredTime(at, '재오픈', 'at', { at: issue.resolvedAt, label: '해결' })
    return this.transition(id, 'reopened', { firstResponseAt: issue.firstResponseAt }, {
      status: issue.caseOpenedAt ? 'caseOpen' : 'new',
      reopenedAt: at,
      resolvedAt: null,
      firstResponseAt: null,
    }, at)
  }

  close(id: number): Issue {
    const issue = this.mustGet(id)
    if (issue.status !== 'resolved') throw new AppError('rule', '해결된 이슈만 종료(보관)할 수 있습니다')
    const at = iso(this.now())
    return this.transition(id, 'closed', {}, { status: 'closed' }, at)
  }

  markStep(raw: { issueId: number; stepId: string; status: 'done' | 'skipped' | 'open'; at?: string; note: string; noFix: boolean; serious: boolean }): IssueDetail {
    const req = { ...raw, at: this.recordedAt(raw.at) }
    const issue = this.mustGetActive(req.issueId)
    if (req.status !== 'open') this.checkEnteredTime(req.at, '단계 처리', 'at', { at: issue.loggedAt, label: '이슈 등록' })
    const prefix = issue.track === 'general' ? 'G' : 'C'
    if (!req.stepId.startsWith(prefix)) throw new AppError('invalid', `이 이슈의 절차에는 ${req.stepId} 단계가 없습니다`, { stepId: '없는 단계입니다' })
    if (req.status === 'skipped' && !req.note.trim()) throw new AppError('invalid', '건너뛰는 이유를 적어 주세요', { note: '이유가 필요합니다' })
    this.store.tx(() => {
      if (req.status === 'open') {
        this.store.issues.clearStepState(issue.id, req.stepId)
        this.store.issues.addEvent(issue.id, iso(this.now()), 'stepReopened', { stepId: req.stepId })
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
      this.store.issues.update(issue.id, { updatedAt: iso(this.now()) })
      this.refreshNextDue(issue.id)
    })
    this.hub.emit('issuesChanged', { ids: [issue.id] })
    return this.get(issue.id)
  }

  addNote(issueId: number, text: string): void {
    this.mustGetEditable(issueId)
    this.event(issueId, 'note', { text })
  }

  logCall(issueId: number, contactId: number, stepId?: string, note?: string): void {
    this.mustGetActive(issueId)
    const c = this.store.directory.contact(contactId)
    if (!c) throw new AppError('notFound', '연락처를 찾을 수 없습니다')
    this.event(issueId, 'call', { contactId, name: c.name, role: c.role, phone: c.phone, stepId, note })
  }

  logSearch(issueId: number, where: SearchSite, query: string): void {
    this.mustGetEditable(issueId)
    this.event(issueId, 'search', { where, query })
  }

  /** Recomputes `next_due` (a sort index only) for every open issue, e.g. after a settings change. */
  refreshAllNextDue(): void {
    const rules = this.rules.get()
    const now = this.now()
    const states = this.store.issues.openStepStates()
    for (const issue of this.store.issues.openIssues()) {
      const d = issueDeadlines(issue, states.get(issue.id) ?? [], rules, now)
      this.store.issues.setNextDue(issue.id, d.nextDue && iso(d.nextDue))
    }
  }

  private event<K extends 'note' | 'call' | 'search'>(issueId: number, kind: K, data: TimelineData[K]): void {
    this.store.issues.addEvent(issueId, iso(this.now()), kind, data)
    this.hub.emit('issuesChanged', { ids: [issueId] })
  }

  private transition<K extends 'caseOpened' | 'firstResponse' | 'tierChanged' | 'resolved' | 'reopened' | 'closed'>(
    id: number,
    kind: K,
    data: TimelineData[K],
    patch: Partial<Omit<Issue, 'id'>>,
    at: string,
  ): Issue {
    this.store.tx(() => {
      this.store.issues.update(id, { ...patch, updatedAt: iso(this.now()) })
      this.store.issues.addEvent(id, at, kind, data)
      this.refreshNextDue(id)
    })
    return this.changed(id)
  }

  private targetDue(issue: Issue): Date | null {
    return issueDeadlines(issue, [], this.rules.get(), this.now()).targetDue
  }

  /**
   * A severity changed while the target clock runs restarts it from the change with the new
   * severity's target (spec §5); both due times go to the timeline. Null when no clock runs.
   */
  private severityRestart(before: Issue, after: Issue, at: string): { old: string; new: string } | null {
    const old = this.targetDue(before)
    if (!old) return null
    const restarted = this.targetDue({ ...after, severityChangedAt: at })
    return restarted && { old: iso(old), new: iso(restarted) }
  }

  private refreshNextDue(id: number, issue = this.mustGet(id)): void {
    const d = issueDeadlines(issue, this.store.issues.stepStates(id), this.rules.get(), this.now())
    this.store.issues.setNextDue(id, d.nextDue && iso(d.nextDue))
  }

  private changed(id: number): Issue {
    this.hub.emit('issuesChanged', { ids: [id] })
    return this.mustGet(id)
  }

  private mustGet(id: number): Issue {
    const issue = this.store.issues.get(id)
    if (!issue) throw new AppError('notFound', `이슈 #${id}을(를) 찾을 수 없습니다`)
    return issue
  }

  /** Fields and notes stay editable until the issue is closed (archived, read-only). */
  private mustGetEditable(id: number): Issue {
    const issue = this.mustGet(id)
    if (issue.status === 'closed') throw new AppError('rule', '종료(보관)된 이슈는 수정할 수 없습니다')
    return issue
  }

  /** Playbook and lifecycle actions need a running issue: a resolved one is reopened first (spec §12). */
  private mustGetActive(id: number): Issue {
    const issue = this.mustGetEditable(id)
    if (!isOpenStatus(issue.status)) throw new AppError('rule', '해결된 이슈입니다 — 먼저 다시 여세요')
    return issue
  }

  /** A time the user left at "지금" is the moment the request arrives, to the second; a time they edited is taken as entered. */
  private recordedAt(entered: string | undefined): string {
    return entered ?? new Date(Math.floor(this.now().getTime() / 1000) * 1000).toISOString()
  }

  /** A time the user entered (spec §12): not in the future, and not before what it follows. */
  private checkEnteredTime(at: string, what: string, field: string, notBefore?: { at: string | null; label: string }): void {
    const t = Date.parse(at)
    if (t > this.now().getTime() + CLOCK_SKEW_MS) throw new AppError('rule', `${what} 시각은 미래일 수 없습니다`, { [field]: '미래 시각입니다' })
    // Times are typed to the minute: the anchor's own minute counts as not before it.
    if (notBefore?.at && t < Math.floor(Date.parse(notBefore.at) / 60_000) * 60_000) {
      throw new AppError('rule', `${what} 시각은 ${notBefore.label} 시각보다 빠를 수 없습니다`, { [field]: `${notBefore.label} 이전 시각입니다` })
    }
  }

  private existingContact(id: number | null, role: Contact['role']): number | null {
    const c = id ? this.store.directory.contact(id) : null
    return c && c.role === role ? c.id : null
  }

  /** Spec §5: Sev1 only after consulting a Veeam Korea SE, recorded by name. */
  private checkSev1(issue: Omit<Issue, 'id'>): void {
    if (issue.severity !== 1) return
    const se = issue.sev1ConsultedSeId ? this.store.directory.contact(issue.sev1ConsultedSeId) : null
    if (!se || se.role !== 'veeamSe') throw new AppError('rule', SEV1_NEEDS_SE_MESSAGE, { severity: SEV1_NEEDS_SE_MESSAGE })
  }

  private logSev1(id: number, issue: Omit<Issue, 'id'>): void {
    const se = issue.sev1ConsultedSeId ? this.store.directory.contact(issue.sev1ConsultedSeId) : null
    this.store.issues.addEvent(id, issue.sev1ConsultedAt ?? iso(this.now()), 'sev1Consulted', { seId: se?.id, seName: se?.name })
  }
}
