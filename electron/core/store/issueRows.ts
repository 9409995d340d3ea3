import { OPEN_STATUSES, type Issue, type StepState, type TimelineEvent } from '../../../shared/model'
import { CLOCK_ISSUE_FIELDS, type ClockIssue } from '../../../shared/schedule/issueDeadlines'
import { REPORT_ISSUE_FIELDS, type ReportIssue } from '../../../shared/schedule/sla/history'

/** Issue field ↔ column. One table so that reads, writes and edits agree on names. */
export const issueColumns = {
  title: 'title',
  track: 'track',
  problemType: 'problem_type',
  customerId: 'customer_id',
  customerName: 'customer_name',
  customerStatus: 'customer_status',
  product: 'product',
  version: 'version',
  renewal: 'renewal',
  severity: 'severity',
  sev1ConsultedSeId: 'sev1_se_id',
  sev1ConsultedAt: 'sev1_consulted_at',
  caseNumber: 'case_number',
  routedRegion: 'routed_region',
  tier: 'tier',
  qaDevInvolved: 'qa_dev',
  symptoms: 'symptoms',
  errorMessage: 'error_message',
  businessImpact: 'business_impact',
  requestToVeeam: 'request_to_veeam',
  status: 'status',
  prereqCheckedPartner: 'prereq_partner',
  prereqCheckedDistributor: 'prereq_distributor',
  distributorContactId: 'distributor_contact_id',
  seContactId: 'se_contact_id',
  loggedAt: 'logged_at',
  firstOccurredAt: 'first_occurred_at',
  caseOpenedAt: 'case_opened_at',
  firstResponseAt: 'first_response_at',
  resolvedAt: 'resolved_at',
  reopenedAt: 'reopened_at',
  severityChangedAt: 'severity_changed_at',
  updatedAt: 'updated_at',
} as const satisfies Record<Exclude<keyof Issue, 'id'>, string>

/** `(…)` of the open statuses, for `status IN`: written as IN rather than NOT IN so that SQLite uses the (status, next_due) index. */
export const OPEN_STATUS_SQL = `(${OPEN_STATUSES.map((st) => `'${st}'`).join(',')})`

const booleanFields = new Set<keyof Issue>(['qaDevInvolved', 'prereqCheckedPartner', 'prereqCheckedDistributor'])

export type Row = Record<string, unknown>

const issueFields = Object.keys(issueColumns) as (keyof typeof issueColumns)[]

/**
 * Reading some of an issue's fields in raw mode (values in the order of `selectList`). Reading arrays
 * instead of row objects, and building each issue as one object literal (compiled once), is several
 * times faster over 10,000 issues than row objects copied key by key: an object given 35 keys one at
 * a time falls into V8's slow dictionary mode, and every later read of it is slow too.
 */
function rawReader<F extends keyof typeof issueColumns>(fields: readonly F[]) {
  const body = fields.map((f, i) => `${f}: ${booleanFields.has(f) ? `v[${i + 1}] === 1` : `v[${i + 1}]`}`).join(', ')
  return {
    selectList: (alias = ''): string => ['id', ...fields.map((f) => issueColumns[f])].map((c) => (alias ? `${alias}.${c}` : c)).join(', '),
    fromValues: new Function('v', `return { id: v[0], ${body} }`) as (values: unknown[]) => Pick<Issue, 'id' | F>,
  }
}

const wholeIssue = rawReader(issueFields)
/** The SELECT list that `valuesToIssue` reads, in its order (`alias.` before each column when given). */
export const issueSelectList = wholeIssue.selectList
/** One row read in raw mode (values in `issueSelectList` order) → Issue. */
export const valuesToIssue = wholeIssue.fromValues as (values: unknown[]) => Issue

const clockIssue = rawReader(CLOCK_ISSUE_FIELDS)
/** The same for the fields the clock reads (`ClockIssue`). */
export const clockSelectList = clockIssue.selectList()
export const valuesToClockIssue = clockIssue.fromValues as (values: unknown[]) => ClockIssue

const reportIssue = rawReader(REPORT_ISSUE_FIELDS)
/** The same for the fields the SLA report reads (`ReportIssue`). */
export const reportSelectList = reportIssue.selectList
export const valuesToReportIssue = reportIssue.fromValues as (values: unknown[]) => ReportIssue

/** Field value → SQLite value (booleans as 0/1). */
export const toColumnValue = (v: unknown): unknown => (typeof v === 'boolean' ? (v ? 1 : 0) : v)

export const rowToStepState = (r: Row): StepState => ({
  stepId: r.step_id as string,
  status: r.status as StepState['status'],
  at: r.at as string,
  note: r.note as string,
  noFix: r.no_fix === 1,
  serious: r.serious === 1,
})

export const rowToEvent = (r: Row): TimelineEvent => ({
  id: r.id as number,
  issueId: r.issue_id as number,
  at: r.at as string,
  kind: r.kind as TimelineEvent['kind'],
  data: JSON.parse(r.data as string) as Record<string, unknown>,
})

/**
 * SQL for one issue row as the JSON object `valuesToIssue` would make of it (same keys, booleans as
 * true/false), built by SQLite: the data export writes it out as text without making JS objects.
 */
export const issueJsonSql = (alias: string): string =>
  `json_object('id', ${alias}.id, ${issueFields
    .map((f) => `'${f}', ${booleanFields.has(f) ? `json(CASE ${alias}.${issueColumns[f]} WHEN 1 THEN 'true' ELSE 'false' END)` : `${alias}.${issueColumns[f]}`}`)
    .join(', ')})`
