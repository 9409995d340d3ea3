import { REPORT_EVENT_KINDS, REPORT_FIELDS, type HistoryEvent, type IssueHistory } from '../../../shared/schedule/sla'
import type { Db } from '../store/database'
import { rowToIssue, rowToStepState, type Row } from '../store/issueRows'

const kinds = REPORT_EVENT_KINDS.map((k) => `'${k}'`).join(',')
const fields = REPORT_FIELDS.map((f) => `'${f}'`).join(',')

/**
 * The issues that may have something in [from, to): logged before its end and touched since its
 * start (a cycle starts at a case open or reopening typed at or before the moment it was recorded,
 * and recording it updates the issue). One query per table, grouped in memory, in writing order.
 */
const IN_SCOPE = 'i.logged_at < @to AND i.updated_at >= @from'
// Read through the updated_at index, issues first (CROSS JOIN keeps that order): the planner
// would otherwise walk every timeline row, or every issue in id order.
const ISSUES = 'issues i INDEXED BY issues_updated_at'

export function readHistories(db: Db, from: string, to: string): IssueHistory[] {
  const args = { from, to }
  const issues = (db.prepare(`SELECT * FROM ${ISSUES} WHERE ${IN_SCOPE}`).all(args) as Row[]).map(rowToIssue)
  const byId = new Map<number, IssueHistory>(issues.map((issue) => [issue.id, { issue, steps: [], events: [] }]))
  const steps = db.prepare(`SELECT s.* FROM ${ISSUES} CROSS JOIN step_states s ON s.issue_id = i.id WHERE ${IN_SCOPE}`)
  for (const r of steps.all(args) as Row[]) byId.get(r.issue_id as number)?.steps.push(rowToStepState(r))
  const events = db.prepare(
    `SELECT t.issue_id, t.at, t.kind, t.data FROM ${ISSUES} CROSS JOIN timeline t ON t.issue_id = i.id
     WHERE ${IN_SCOPE} AND t.kind IN (${kinds}) AND (t.kind <> 'fieldChanged' OR json_extract(t.data, '$.field') IN (${fields}))
     ORDER BY t.id`,
  )
  for (const r of events.all(args) as Row[]) {
    const event: HistoryEvent = { at: r.at as string, kind: r.kind as HistoryEvent['kind'], data: JSON.parse(r.data as string) as Record<string, unknown> }
    byId.get(r.issue_id as number)?.events.push(event)
  }
  return [...byId.values()].sort((a, b) => a.issue.id - b.issue.id)
}
