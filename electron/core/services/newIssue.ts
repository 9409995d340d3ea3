import { routeAt, suggestSeverity, type RoutingSettings } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc'
import type { Customer, Issue, ParsedQuickEntry } from '../../../shared/model'
import { checkEnteredTime } from './enteredTime'

/** What a new issue takes from outside the entry: the known customer and the default contacts. */
export interface NewIssueContext {
  customer: Customer | null
  defaultDistributorContactId: number | null
  defaultSeContactId: number | null
  /** Where a case opened at logging (a case number in the entry) is routed. */
  routing: RoutingSettings
}

/**
 * The issue a quick entry logs, before it is saved: pure (no store, no clock), so that every rule of
 * a new issue — renewal, suggested severity, times that default to now — is read in one place.
 */
export function newIssue(entry: ParsedQuickEntry, ctx: NewIssueContext, now: Date): Omit<Issue, 'id'> {
  const at = now.toISOString()
  const { customer } = ctx
  // A new customer must choose (Basic would understate urgency); with no customer at all the
  // stricter Production clock applies until one is set.
  // The renewal sent wins over the stored one: a line may name this issue's contract ("basic").
  const renewal = entry.renewal ?? customer?.renewal ?? (entry.customerName ? undefined : 'production')
  if (!renewal) {
    throw new AppError(
      'invalid',
      { ko: '신규 고객은 갱신 유형(Production / Basic)을 선택하세요', en: 'For a new customer, choose the renewal type (Production / Basic)' },
      { renewal: { ko: 'Production 또는 Basic을 선택하세요', en: 'Choose Production or Basic' } },
    )
  }
  const severity = entry.severity ?? suggestSeverity(entry.track, entry.problemType)
  const firstOccurredAt = entry.firstOccurredAt ?? at
  checkEnteredTime(firstOccurredAt, now, 'firstOccurred', 'firstOccurredAt')
  if (entry.sev1ConsultedAt) checkEnteredTime(entry.sev1ConsultedAt, now, 'sev1Consulted', 'sev1ConsultedAt')
  // A case number given at logging: the case was opened at logging, routed by that instant.
  const caseNumber = entry.caseNumber ?? null
  return {
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
    sev1ConsultedAt: severity === 1 ? (entry.sev1ConsultedAt ?? at) : null,
    caseNumber,
    routedRegion: caseNumber ? routeAt(now, ctx.routing).region : null,
    tier: 1,
    qaDevInvolved: false,
    symptoms: '',
    errorMessage: entry.errorMessage,
    businessImpact: '',
    requestToVeeam: '',
    status: caseNumber ? 'caseOpen' : 'new',
    prereqCheckedPartner: false,
    prereqCheckedDistributor: false,
    distributorContactId: customer?.distributorContactId ?? ctx.defaultDistributorContactId,
    seContactId: customer?.seContactId ?? ctx.defaultSeContactId,
    loggedAt: at,
    firstOccurredAt,
    caseOpenedAt: caseNumber ? at : null,
    firstResponseAt: null,
    resolvedAt: null,
    reopenedAt: null,
    severityChangedAt: null,
    updatedAt: at,
  }
}
