import Database from 'better-sqlite3'
import { nativeBindingFile, type Db } from '../store/database'
import { DirectoryRepo } from '../store/directoryRepo'
import { SettingsRepo } from '../store/settingsRepo'
import { issueJsonSql } from '../store/issueRows'
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
    for (let page = pages(-Infinity); page; page = pages(page.lastId)) {
      counts.issues += page.count
      yield page.text
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

/**
 * Issues after `lastId` as finished lines `{"issue":…,"steps":[…],"timeline":[…]}` (timeline newest
 * first, as `IssuesRepo.timeline` reads), each built as JSON text by SQLite: no JS object per field
 * is made, so the export's memory stays flat (objects made per page were promoted by V8 and grew
 * the heap by about 100 MB over 100,000 issues).
 */
function issuePages(db: Db) {
  const bool = (c: string) => `json(CASE ${c} WHEN 1 THEN 'true' ELSE 'false' END)`
  const page = db
    .prepare(
      `SELECT i.id, json_object('issue', json(${issueJsonSql('i')}),
         'steps', (SELECT json_group_array(json_object('stepId', s.step_id, 'status', s.status, 'at', s.at, 'note', s.note, 'noFix', ${bool('s.no_fix')}, 'serious', ${bool('s.serious')}))
                   FROM step_states s WHERE s.issue_id = i.id),
         'timeline', (SELECT json_group_array(json_object('id', e.id, 'at', e.at, 'kind', e.kind, 'data', json(e.data)) ORDER BY substr(e.at, 1, 19) DESC, e.id DESC)
                      FROM timeline e WHERE e.issue_id = i.id))
       FROM issues i WHERE i.id > ? ORDER BY i.id LIMIT ${PAGE}`,
    )
    .raw(true)
  return (lastId: number): { lastId: number; text: string; count: number } | null => {
    const rows = page.all(lastId) as [number, string][]
    if (rows.length === 0) return null
    let text = ''
    for (const r of rows) text += r[1] + '\n'
    return { lastId: rows[rows.length - 1][0], text, count: rows.length }
  }
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

