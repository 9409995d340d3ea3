import { Core, type CoreOptions } from './core'
import fs from 'node:fs'
import { checkDatabaseFile, StoreOpenError } from './store/database'
import { recoverStoreFile, type RecoveryChoice } from './store/recovery'

export interface Recovered {
  keptAside: string
  restoredFrom: string | null
}

/**
 * The one way both hosts open the data file (checks, migrations with a backup before them, then
 * the services). A file that cannot be opened is left untouched and the host asks the user how
 * to go on: restore the newest good backup or start a new file (the bad one is kept aside), or
 * stop (`null`). A read-only data folder is thrown at once (StoreOpenError 'readOnly'), for the host to report.
 * The start checks only the header and schema (the full check runs later: Core.checkIntegrity);
 * `checkEveryPage` runs the full check first — for a restart the user asked to recover a file
 * that the check after an earlier start found damaged.
 */
export function openCore(
  options: CoreOptions,
  askRecovery: (error: StoreOpenError) => RecoveryChoice | null,
  { checkEveryPage = false } = {},
): { core: Core; recovered: Recovered | null } | null {
  try {
    if (checkEveryPage && fs.existsSync(options.file) && fs.statSync(options.file).size > 0) checkDatabaseFile(options.file, { emptyIsNew: true })
    return { core: new Core(options), recovered: null }
  } catch (e) {
    // A read-only folder is not the file's fault: neither a restore nor a new file could be written there.
    if (!(e instanceof StoreOpenError) || e.reason === 'readOnly') throw e
    const choice = askRecovery(e)
    if (!choice) return null
    const now = options.now ?? (() => new Date())
    const recovered = recoverStoreFile(options.file, choice, now())
    return { core: new Core(options), recovered }
  }
}
