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
export function readHistories(db: Db, from: string, to: string): IssueHistory[] {
  const scope = 'SELECT id FROM issues WHERE logged_at < @to AND updated_at >= @from'
  const args = { from, to }
  const issues = (db.prepare(`SELECT * FROM issues WHERE logged_at < @to AND updated_at >= @from ORDER BY id`).all(args) as Row[]).map(rowToIssue)
  const byId = new Map<number, IssueHistory>(issues.map((issue) => [issue.id, { issue, steps: [], events: [] }]))
  for (const r of db.prepare(`SELECT * FROM step_states WHERE issue_id IN (${scope})`).all(args) as Row[]) {
    byId.get(r.issue_id as number)?.steps.push(rowToStepState(r))
  }
  const events = db.prepare(
    `SELECT issue_id, at, kind, data FROM timeline WHERE issue_id IN (${scope}) AND kind IN (${kinds})
     AND (kind <> 'fieldChanged' OR json_extract(data, '$.field') IN (${fields})) ORDER BY issue_id, id`,
  )
  for (const r of events.all(args) as Row[]) {
    const event: HistoryEvent = { at: r.at as string, kind: r.kind as HistoryEvent['kind'], data: JSON.parse(r.data as string) as Record<string, unknown> }
    byId.get(r.issue_id as number)?.events.push(event)
  }
  return issues.map((i) => byId.get(i.id)!)
}
