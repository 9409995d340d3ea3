import type { Bilingual } from '../../../shared/domain'
import { AppError } from '../../../shared/ipc/result'

/** What SQLite and the file system say, as an error the user can act on; null when it is none of these. */
export function storeFailure(e: unknown): AppError | null {
  if (e instanceof AppError || !(e instanceof Error)) return null
  const code = String((e as { code?: unknown }).code ?? '')
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('diskFull', DISK_FULL)
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('readOnly', READ_ONLY)
  return null
}

export const DISK_FULL: Bilingual = {
  ko: '디스크가 가득 차서 저장하지 못했습니다. 이번 변경은 저장되지 않았고 이전 기록은 그대로입니다 — 디스크 공간을 비운 뒤 다시 시도하세요.',
  en: 'The disk is full, so this change was not saved. Your earlier records are intact — free up some disk space and try again.',
}
export const READ_ONLY: Bilingual = {
  ko: '데이터 폴더에 쓸 수 없습니다 (읽기 전용이거나 권한이 없습니다). 이번 변경은 저장되지 않았습니다 — 폴더의 쓰기 권한을 확인하거나 다른 폴더(--data)를 지정하세요.',
  en: 'The data folder cannot be written to (it is read-only, or this app has no permission). This change was not saved — check the folder’s write permission, or choose another folder (--data).',
}

/** A constraint failure inside an import: two rows of the file claim the same place. */
export const isConstraintFailure = (e: unknown): boolean => String((e as { code?: unknown })?.code ?? '').startsWith('SQLITE_CONSTRAINT')

/**
 * After a full disk the WAL file keeps the size it grew to. Once a write succeeds again, one
 * TRUNCATE checkpoint copies it into the database and gives the space back.
 */
export class WalAfterFullDisk {
  private owed = false

  /** Runs a write; notes a full disk, and checkpoints after the first write that succeeds after one. */
  run<T>(db: { pragma(source: string): unknown; inTransaction: boolean }, write: () => T): T {
    let result: T
    try {
      result = write()
    } catch (e) {
      if (storeFailure(e)?.code === 'diskFull') this.owed = true
      throw e
    }
    if (this.owed && !db.inTransaction) {
      try {
        db.pragma('wal_checkpoint(TRUNCATE)')
        this.owed = false
      } catch {
        /* still short of space: the next successful write tries again */
      }
    }
    return result
  }
}
