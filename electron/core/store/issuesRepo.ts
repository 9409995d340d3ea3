import { type Issue, type StepState, type TimelineData, type TimelineEvent, type TimelineKind } from '../../../shared/model'
import type { ParsedRequestOf } from '../../../shared/ipc/contract'
import type { ClockIssue } from '../../../shared/schedule/issueDeadlines'
import type { Db } from './database'
import { statementCache } from './statements'
import { OPEN_STATUS_SQL, clockSelectList, issueColumns, issueSelectList, rowToEvent, rowToStepState, toColumnValue, valuesToClockIssue, valuesToIssue, type Row } from './issueRows'
import { queryChars } from './bigrams'
import { INDEX_ISSUES_AFTER_LAST, INDEX_ISSUES_IN } from './searchIndex'

const ISSUE_FIELDS = Object.keys(issueColumns) as (keyof typeof issueColumns)[]
const INSERT_ISSUE = `INSERT INTO issues (id, next_due, ${ISSUE_FIELDS.map((f) => issueColumns[f]).join(', ')}) VALUES (?, ?, ${ISSUE_FIELDS.map(() => '?').join(', ')})`

/** SQL for issues, their step states and their timeline. No rules here: see services/issues. */
export class IssuesRepo {
  private readonly sql: ReturnType<typeof statementCache>

  /** Issues inserted whose search index rows are not written yet (see `indexNew`). */
  private readonly unindexed: number[] = []

  /** The index rows' transactions, each wrapper built once (better-sqlite3 builds one per `db.transaction` call). */
  private readonly writeIndexRows: (statements: readonly string[], ...args: unknown[]) => void

  constructor(db: Db) {
    this.sql = statementCache(db)
    this.writeIndexRows = db.transaction((statements: readonly string[], ...args: unknown[]) => {
      for (const sql of statements) this.sql(sql).run(...args)
    })
  }

  /**
   * Writes a new issue (an `id` is kept as given: data import); `nextDue` (the list's sort column) is
   * written with it when the caller knows it. Its search index rows follow with `indexNew`.
   */
  insert(issue: Omit<Issue, 'id'> & { id?: number }, nextDue: string | null = null): number {
    const info = this.sql(INSERT_ISSUE).run(issue.id ?? null, nextDue, ...ISSUE_FIELDS.map((f) => toColumnValue(issue[f])))
    const id = Number(info.lastInsertRowid)
    this.unindexed.push(id)
    return id
  }

  /**
   * Writes the search index rows of the issues inserted since the last call, in one transaction (its
   * own, or the caller's). Runs just after a create commits, and before anything searches or edits.
   */
  indexNew(): void {
    if (this.unindexed.length === 0) return
    this.writeIndexRows(INDEX_ISSUES_IN, JSON.stringify(this.unindexed))
    this.unindexed.length = 0
  }

  /** At open: the index rows a crash left out (issues committed above the highest id the index holds). */
  indexMissing(): void {
    const { missing } = this.sql('SELECT EXISTS (SELECT 1 FROM issues WHERE id > (SELECT coalesce(max(rowid), 0) FROM issues_fts2)) AS missing').get() as { missing: number }
    if (!missing) return
    this.writeIndexRows(INDEX_ISSUES_AFTER_LAST)
  }

  get(id: number): Issue | null {
    const row = this.issueRows(`SELECT ${issueSelectList()} FROM issues WHERE id = ?`).get(id) as unknown[] | undefined
    return row ? valuesToIssue(row) : null
  }

  update(id: number, patch: Partial<Omit<Issue, 'id'>>): void {
    const fields = Object.keys(patch) as (keyof typeof issueColumns)[]
    if (fields.length === 0) return
    this.indexNew() // the edit trigger replaces index rows: they must be there
    const sets = fields.map((f) => `${issueColumns[f]} = ?`).join(', ')
    this.sql(`UPDATE issues SET ${sets} WHERE id = ?`).run(...fields.map((f) => toColumnValue(patch[f])), id)
  }

  /** A statement over `issueSelectList`, in raw mode (arrays, read by `valuesToIssue`). */
  private issueRows(sql: string) {
    return this.sql(sql, 'raw')
  }

  setNextDue(id: number, nextDue: string | null): void {
    this.sql('UPDATE issues SET next_due = ? WHERE id = ?').run(nextDue, id)
  }

  openIssues(): Issue[] {
    return (this.issueRows(`SELECT ${issueSelectList()} FROM issues WHERE status IN ${OPEN_STATUS_SQL}`).all() as unknown[][]).map(valuesToIssue)
  }

  /**
   * The open issues with only what the clock reads of them (its start reads 10,000 or more), as one JSON
   * document built by SQLite: JSON.parse makes the values in about half the time of 10,000 rows stepped
   * through the driver.
   */
  openClockIssues(): ClockIssue[] {
    const [json] = this.issueRows(`SELECT json_group_array(json_array(${clockSelectList})) FROM issues WHERE status IN ${OPEN_STATUS_SQL}`).get() as [string]
    return (JSON.parse(json) as unknown[][]).map(valuesToClockIssue)
  }

  /**
   * Filtered list. Without a query: nearest deadline first (none last, then newest). With a query:
   * the newest matches first, read from the full-text index in rowid order so that a common word
   * over 100,000 issues stops after `limit` rows instead of sorting every match.
   */
  list(filter: ParsedRequestOf<'issues.list'>): Issue[] {
    const where: string[] = []
    const args: unknown[] = []
    const add = (sql: string, arg?: unknown) => {
      where.push(sql)
      if (arg !== undefined) args.push(arg)
    }
    if (filter.track) add('i.track = ?', filter.track)
    if (filter.severity) add('i.severity = ?', filter.severity)
    if (filter.status) add('i.status = ?', filter.status)
    else if (!filter.includeClosed) add("i.status <> 'closed'")
    const conditions = where.length ? 'WHERE ' + where.join(' AND ') : ''
    const limit = filter.limit ?? 200
    const match = filter.query ? matchQuery(filter.query) : null
    if (match) this.indexNew()
    const sql = match
      ? `SELECT ${issueSelectList('i')} FROM (SELECT rowid FROM ${match.table} WHERE ${match.table} MATCH ? ORDER BY rowid DESC) f
         JOIN issues i ON i.id = f.rowid ${conditions} LIMIT ?`
      : `SELECT ${issueSelectList('i')} FROM issues i ${conditions} ORDER BY i.next_due IS NULL, i.next_due, i.logged_at DESC LIMIT ?`
    const params = match ? [match.arg, ...args, limit] : [...args, limit]
    return (this.issueRows(sql).all(...params) as unknown[][]).map(valuesToIssue)
  }

  stepStates(issueId: number): StepState[] {
    return (this.sql('SELECT * FROM step_states WHERE issue_id = ?').all(issueId) as Row[]).map(rowToStepState)
  }

  /** All step states of open issues, grouped, for recomputing every deadline at once. */
  openStepStates(): Map<number, StepState[]> {
    return groupByIssue(this.sql(`SELECT s.* FROM step_states s JOIN issues i ON i.id = s.issue_id WHERE i.status IN ${OPEN_STATUS_SQL}`).all() as Row[])
  }

  /** Step states of the listed issues in one query (a dashboard page, not one query per row). */
  stepStatesOf(ids: number[]): Map<number, StepState[]> {
    return groupByIssue(this.sql('SELECT * FROM step_states WHERE issue_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Row[])
  }

  setStepState(issueId: number, s: StepState): void {
    this.sql(
        `INSERT INTO step_states (issue_id, step_id, status, at, note, no_fix, serious) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (issue_id, step_id) DO UPDATE SET status = excluded.status, at = excluded.at, note = excluded.note,
         no_fix = excluded.no_fix, serious = excluded.serious`,
      )
      .run(issueId, s.stepId, s.status, s.at, s.note, s.noFix ? 1 : 0, s.serious ? 1 : 0)
  }

  clearStepState(issueId: number, stepId: string): void {
    this.sql('DELETE FROM step_states WHERE issue_id = ? AND step_id = ?').run(issueId, stepId)
  }

  addEvent<K extends TimelineKind>(issueId: number, at: string, kind: K, data: TimelineData[K]): void {
    this.sql('INSERT INTO timeline (issue_id, at, kind, data) VALUES (?, ?, ?, ?)').run(issueId, at, kind, JSON.stringify(data))
  }

  /** Newest first: by instant to the second (entered times are whole minutes, automatic ones carry ms), then by order of recording. */
  timeline(issueId: number): TimelineEvent[] {
    return (this.sql('SELECT * FROM timeline WHERE issue_id = ? ORDER BY substr(at, 1, 19) DESC, id DESC').all(issueId) as Row[]).map(rowToEvent)
  }
}

/** Which FTS table answers a query: trigram for 3+ letters, the bigram table for 1–2 (see migration 2). */
function matchQuery(query: string): { table: 'issues_fts' | 'issues_fts2'; arg: string } | null {
  const chars = queryChars(query)
  if (chars.length === 0) return null
  if (chars.length >= 3) return { table: 'issues_fts', arg: '"' + query.trim().replaceAll('"', '""') + '"' }
  const token = chars.join('')
  return { table: 'issues_fts2', arg: token.length === 2 ? `"${token}"` : `"${token}"*` }
}

function groupByIssue(rows: Row[]): Map<number, StepState[]> {
  const byIssue = new Map<number, StepState[]>()
  for (const r of rows) {
    const list = byIssue.get(r.issue_id as number) ?? []
    list.push(rowToStepState(r))
    byIssue.set(r.issue_id as number, list)
  }
  return byIssue
}
