import fs from 'node:fs'
import path from 'node:path'
import { listBackups, moveAside } from './backups'
import { checkDatabaseFile } from './database'

export type RecoveryChoice = 'restoreLatest' | 'newFile'

/**
 * The two ways out of a bad database file at start-up. The bad file is never modified or deleted:
 * it is renamed aside (with its -wal/-shm), then either the newest backup that passes
 * integrity_check is copied in its place, or the app starts on a new empty file.
 */
export function recoverStoreFile(file: string, choice: RecoveryChoice, at: Date): { keptAside: string; restoredFrom: string | null } {
  let restoredFrom: string | null = null
  if (choice === 'restoreLatest') {
    const good = listBackups(path.join(path.dirname(file), 'backups')).find((b) => {
      try {
        checkDatabaseFile(b.file)
        return true
      } catch {
        return false
      }
    })
    if (!good) throw new Error('복원할 수 있는 백업이 없습니다. 새 파일로 시작하세요 (--new-file).')
    restoredFrom = good.file
  }
  const keptAside = moveAside(file, `bad-${at.toISOString().replace(/[:.]/g, '-')}`)
  if (restoredFrom) fs.copyFileSync(restoredFrom, file)
  return { keptAside, restoredFrom }
}
