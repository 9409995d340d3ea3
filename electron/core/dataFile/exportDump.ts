import Database from 'better-sqlite3'
import type { StepState, TimelineEvent } from '../../../shared/model'
import { nativeBindingFile, type Db } from '../store/database'
import { DirectoryRepo } from '../store/directoryRepo'
import { SettingsRepo } from '../store/settingsRepo'
import { issueSelectList, rowToEvent, rowToStepState, valuesToIssue, type Row } from '../store/issueRows'
import { emptyCounts, FORMAT_V2, type Counts } from './format'

/** Issues per chunk: a chunk is one write (about 1 MB for typical issues), small enough to keep memory flat. */
const PAGE = 1000

/**
 * The whole file as `/2` JSON lines, yielded in chunks of about a thousand lines. It reads from
 * its own read-only connection inside one read transaction: the export is one consistent
 * snapshot, while the app keeps writing through its own connection between chunks (WAL lets both
 * run). Pages are read by id, so that memory stays one page, never the whole dump.
 */
export async function* exportChunks(dataFile: string, at: Date): AsyncGenerator<string> {
  const db = new Database(dataFile, { readonly: true, fileMustExist: true, nativeBinding: nativeBindingFile() })
  try {
    db.exec('BEGIN')
    const counts = emptyCounts()
    yield JSON.stringify({ format: FORMAT_V2, exportedAt: at.toISOString(), settings: new SettingsRepo(db).get() }) + '\n'
    const directory = new DirectoryRepo(db)
    yield lines(directory.contacts().map((contact) => ({ contact })), counts, 'contacts')
    yield lines(directory.customers().map((customer) => ({ customer })), counts, 'customers')
    const pages = issuePages(db)
    for (let lastId = 0; ; ) {
      const page = pages(lastId)
      if (page.length === 0) break
      lastId = page[page.length - 1].issue.id
      yield lines(page, counts, 'issues')
    }
    yield* alertChunks(db, counts)
    yield JSON.stringify({ end: counts }) + '\n'
    db.exec('COMMIT')
  } finally {
    db.close()
  }
}

function lines(records: object[], counts: Counts, key: keyof Counts): string {
  counts[key] += records.length
  let out = ''
  for (const r of records) out += JSON.stringify(r) + '\n'
  return out
}

/** Issues after `lastId` with their steps and timeline (newest first, as `IssuesRepo.timeline` reads). */
function issuePages(db: Db) {
  const issues = db.prepare(`SELECT ${issueSelectList()} FROM issues WHERE id > ? ORDER BY id LIMIT ${PAGE}`).raw(true)
  const steps = db.prepare('SELECT * FROM step_states WHERE issue_id BETWEEN ? AND ?')
  const events = db.prepare('SELECT * FROM timeline WHERE issue_id BETWEEN ? AND ? ORDER BY issue_id, substr(at, 1, 19) DESC, id DESC')
  return (lastId: number) => {
    const page = (issues.all(lastId) as unknown[][]).map(valuesToIssue)
    if (page.length === 0) return []
    const from = page[0].id
    const to = page[page.length - 1].id
    const stepsOf = group(steps.all(from, to) as Row[], rowToStepState)
    const eventsOf = group(events.all(from, to) as Row[], (r) => {
      const { issueId: _, ...e } = rowToEvent(r)
      return e
    })
    return page.map((issue) => ({ issue, steps: stepsOf.get(issue.id) ?? ([] as StepState[]), timeline: eventsOf.get(issue.id) ?? ([] as Omit<TimelineEvent, 'issueId'>[]) }))
  }
}

function group<T>(rows: Row[], map: (r: Row) => T): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const r of rows) {
    const id = r.issue_id as number
    const list = out.get(id)
    if (list) list.push(map(r))
    else out.set(id, [map(r)])
  }
  return out
}

function* alertChunks(db: Db, counts: Counts): Generator<string> {
  const page = db.prepare(`SELECT rowid, issue_id, target, kind, due_at, sent_at FROM alerts_sent WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE * 5}`).raw(true)
  for (let last = 0; ; ) {
    const rows = page.all(last) as [number, number, string, string, string, string][]
    if (rows.length === 0) return
    last = rows[rows.length - 1][0]
    yield lines(rows.map(([, issueId, target, kind, dueAt, sentAt]) => ({ alertSent: { issueId, target, kind, dueAt, sentAt } })), counts, 'alertsSent')
  }
}

