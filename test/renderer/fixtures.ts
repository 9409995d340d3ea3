import type { Contact, Issue, IssueDetail, StepView } from '../../shared/model'

/** A plain open issue as the core would send it; tests override what they reason about. */
export function anIssue(patch: Partial<Issue> = {}): Issue {
  return {
    id: 7, title: '복구 지연', track: 'critical', problemType: 'restore', customerId: null, customerName: '서울정밀',
    customerStatus: 'operating', product: '', version: '', renewal: 'production', severity: 2, sev1ConsultedSeId: null,
    sev1ConsultedAt: null, symptoms: '', errorMessage: '', businessImpact: '', requestToVeeam: '', prereqCheckedPartner: false,
    prereqCheckedDistributor: false, qaDevInvolved: false, distributorContactId: null, seContactId: null,
    firstOccurredAt: '2026-11-25T01:00:00.000Z', status: 'caseOpen', caseNumber: '07712345', routedRegion: 'APJ', tier: 1,
    loggedAt: '2026-11-25T01:00:00.000Z', caseOpenedAt: '2026-11-25T01:02:00.000Z', firstResponseAt: null, resolvedAt: null,
    reopenedAt: null, updatedAt: '2026-11-25T01:02:00.000Z', ...patch,
  } as Issue
}

export const aStep = (patch: Partial<StepView> = {}): StepView => ({
  id: 'C5', title: { ko: '총판 엔지니어·Veeam SE 통화', en: 'Call distributor and SE' }, detail: { ko: '', en: '' },
  due: '2026-11-25T02:00:00.000Z', state: 'due', callRoles: ['distributor', 'veeamSe'], ...patch,
})

export const aContact = (id: number, role: Contact['role'], name: string): Contact =>
  ({ id, role, name, company: '', phone: '010-0000-0000', email: '' }) as Contact

export function aDetail(patch: Partial<IssueDetail> = {}): IssueDetail {
  return { issue: anIssue(), steps: [aStep()], stepStates: [], targetDue: '2026-11-25T02:02:00.000Z', timeline: [], customer: null, contacts: [], ...patch }
}
