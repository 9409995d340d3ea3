import type { Db } from './database'

/**
 * Commits between two WAL checkpoints. A write transaction adds about ten pages to the WAL (a
 * create seven, its search rows thirteen), so this keeps the WAL near SQLite's default of 1,000.
 */
export const COMMITS_PER_CHECKPOINT = 100
/** SQLite's own checkpoint, inside a commit, stays on only as a backstop (for writes made outside `Store.tx`). */
export const BACKSTOP_CHECKPOINT_PAGES = 10_000

/**
 * Work that follows a commit but that no reply waits for, run on the next turn of the event loop:
 * a WAL checkpoint when one is due, then the jobs the services queued (a new issue's search rows).
 *
 * Why the checkpoint is here: SQLite's automatic checkpoint runs inside the commit that takes the
 * WAL past its limit, and the first commit after a checkpoint syncs the WAL twice (its restarted
 * header, then its pages), so with it about one quick-log in twenty-five waited twice as long.
 * Here the checkpoint runs between two user actions, and the queued jobs, run after it, are the
 * writes that take the restart. A commit is exactly as durable either way: with synchronous=FULL
 * the WAL is synced at the commit itself.
 */
export class AfterCommit {
  private readonly jobs: (() => void)[] = []
  private commits = 0
  private scheduled = false

  constructor(private readonly db: () => Db) {}

  /** A transaction committed: every `COMMITS_PER_CHECKPOINT`, a checkpoint follows on the next turn. */
  committed(): void {
    if (++this.commits >= COMMITS_PER_CHECKPOINT) this.schedule()
  }

  /**
   * Runs `job` on the next turn, after a checkpoint that is due, if the file is still open then. A
   * job that throws is logged and the others still run: each job must be one that is caught up later.
   */
  soon(job: () => void): void {
    this.jobs.push(job)
    this.schedule()
  }

  /** Runs now what is due (the next turn calls it; tests call it directly). */
  runNow(): void {
    this.scheduled = false
    const db = this.db()
    if (!db.open) {
      // Closed meanwhile: closing checkpointed, and every job is caught up at the next open.
      this.jobs.length = 0
      this.commits = 0
      return
    }
    if (this.commits >= COMMITS_PER_CHECKPOINT && !db.inTransaction) this.checkpoint(db)
    for (const job of this.jobs.splice(0)) {
      try {
        job()
      } catch (e) {
        console.error('[store] work after a commit failed (it is caught up later):', e)
      }
    }
    if (this.jobs.length > 0) this.schedule() // queued by a job
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => this.runNow())
  }

  private checkpoint(db: Db): void {
    this.commits = 0
    try {
      db.pragma('wal_checkpoint(PASSIVE)')
    } catch (e) {
      console.error('[store] WAL checkpoint not done (SQLite does it at its backstop):', e)
    }
  }
}
