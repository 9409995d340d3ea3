import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BACKSTOP_CHECKPOINT_PAGES, COMMITS_PER_CHECKPOINT } from '../../../../electron/core/store/afterCommit'
import { Store } from '../../../../electron/core/store/store'
import { tempDir } from '../testCore'

// What follows a commit runs on the next turn of the event loop, never inside a reply: the queued
// jobs, and every COMMITS_PER_CHECKPOINT commits a WAL checkpoint (SQLite's own runs inside the
// commit that crosses its limit, and is kept only as a backstop).
const stores: Store[] = []
afterEach(() => {
  for (const s of stores.splice(0)) if (s.connection.open) s.close()
  vi.restoreAllMocks()
})

function openStore(): Store {
  const store = Store.open(path.join(tempDir(), 'test.db'), () => new Date('2026-11-25T01:00:00.000Z'))
  stores.push(store)
  store.connection.exec('CREATE TABLE IF NOT EXISTS t (v TEXT)')
  return store
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve))
/** One write transaction of about a page. */
const write = (store: Store, i: number) => store.tx(() => store.connection.prepare('INSERT INTO t (v) VALUES (?)').run(`${i} ${'x'.repeat(3000)}`))
/** The main file's size: it grows only when a checkpoint copies the WAL's pages into it. */
const mainFileSize = (store: Store) => fs.statSync(store.file).size

describe('work after a commit', () => {
  it('checkpoints on the turn after every hundredth commit, not inside any commit', async () => {
    const store = openStore()
    await nextTurn()
    const before = mainFileSize(store)
    for (let i = 1; i < COMMITS_PER_CHECKPOINT; i++) write(store, i)
    await nextTurn()
    expect(mainFileSize(store)).toBe(before) // 99 commits: their pages are still only in the WAL
    write(store, COMMITS_PER_CHECKPOINT)
    expect(mainFileSize(store)).toBe(before) // the hundredth commit itself did not checkpoint
    await nextTurn()
    expect(mainFileSize(store)).toBeGreaterThan(before + (COMMITS_PER_CHECKPOINT - 1) * 3000)
    expect(store.connection.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_CHECKPOINT_PAGES)
  })

  it('runs queued jobs on the next turn, after the checkpoint that is due, each on its own', async () => {
    const store = openStore()
    await nextTurn()
    const before = mainFileSize(store)
    for (let i = 0; i < COMMITS_PER_CHECKPOINT; i++) write(store, i)
    const seen: string[] = []
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    store.afterCommit.soon(() => seen.push(`first, main file grown: ${mainFileSize(store) > before}`))
    store.afterCommit.soon(() => {
      throw new Error('index write failed')
    })
    store.afterCommit.soon(() => seen.push('third'))
    expect(seen).toEqual([]) // nothing inside the caller's turn
    await nextTurn()
    expect(seen).toEqual(['first, main file grown: true', 'third'])
    expect(error).toHaveBeenCalledOnce()
  })

  it('a store closed before the turn: the queued work is dropped without an error', async () => {
    const store = openStore()
    for (let i = 0; i < COMMITS_PER_CHECKPOINT; i++) write(store, i)
    const job = vi.fn()
    const error = vi.spyOn(console, 'error')
    store.afterCommit.soon(job)
    store.close()
    await nextTurn()
    expect(job).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })
})
