import type { Store } from '../store/store'
import { exportAll, importAll, parseDump } from './dataTransfer'
import type { Hub } from './hub'
import type { IssueWatcher } from './issueWatcher'
import type { SettingsService } from './settings'

/** Whole-file operations: export, import (after a backup), restore; after each, everything is recomputed from the file. */
export class DataService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly hub: Hub,
    private readonly watcher: IssueWatcher,
    private readonly refreshNextDue: () => void,
    private readonly now: () => Date,
  ) {}

  exportJson(): string {
    return exportAll(this.store, this.now())
  }

  async importJson(json: string): Promise<number> {
    const dump = parseDump(json) // validated first: a rejected file takes no backup
    await this.store.backupNow(this.now(), 'preimport')
    const count = importAll(this.store, dump, this.now())
    this.afterDataReplaced()
    return count
  }

  /** Restores a backup (the current file is kept aside) and recomputes everything from it. */
  restore(file: string): string {
    const aside = this.store.restore(file, this.now())
    this.afterDataReplaced()
    return aside
  }

  afterDataReplaced(): void {
    this.settings.reload()
    this.refreshNextDue()
    this.watcher.dataReplaced()
    this.hub.emit('settingsChanged', this.settings.get())
    this.hub.emit('issuesChanged', { ids: [] })
  }
}
