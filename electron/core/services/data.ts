import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { AppError, IMPORT_CANCELLED } from '../../../shared/ipc/result'
import { formatKstDate } from '../../../shared/format/kst'
import { exportChunks } from '../dataFile/exportDump'
import { writeFileAtomically } from '../dataFile/fileWrite'
import { stageImport, type ImportProgress } from '../dataFile/importDump'
import type { ByteSource } from '../dataFile/lines'
import { removeLeftoverStaging } from '../dataFile/staging'
import type { Store } from '../store/store'
import type { Hub } from './hub'
import type { IssueWatcher } from './issueWatcher'
import type { SettingsService } from './settings'

/** Progress events at most this often (the last one always). */
const PROGRESS_EVERY_MS = 100

/**
 * Whole-file operations: export, import (after a backup), restore; after each, everything is
 * recomputed from the file. Export and import stream (dataFile/): the hosts hand in a file path
 * (Electron's dialogs) or a request/response stream (the preview host); the old whole-string
 * channels go through the same code.
 */
export class DataService {
  private running: AbortController | null = null

  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly hub: Hub,
    private readonly watcher: IssueWatcher,
    private readonly refreshNextDue: () => void,
    private readonly now: () => Date,
  ) {
    removeLeftoverStaging(store.file) // an import cut short by a crash left its staging file
  }

  /** `veeam-tray-YYYY-MM-DD.jsonl`, the KST date of now. */
  exportFileName(): string {
    return `veeam-tray-${formatKstDate(this.now())}.jsonl`
  }

  /** The whole file as `/2` JSON lines, in chunks, from one consistent snapshot. */
  exportChunks(): AsyncGenerator<string> {
    return exportChunks(this.store.file, this.now())
  }

  async exportToFile(target: string): Promise<void> {
    await writeFileAtomically(target, this.exportChunks())
  }

  /** The legacy whole-string channel: the same lines, joined. */
  async exportJson(): Promise<string> {
    let out = ''
    for await (const chunk of this.exportChunks()) out += chunk
    return out
  }

  async importFile(file: string): Promise<number> {
    const size = fs.statSync(file).size
    const stream = fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
    try {
      return await this.importStream(stream, size)
    } finally {
      stream.destroy()
    }
  }

  importJson(json: string): Promise<number> {
    const bytes = Buffer.from(json, 'utf8')
    return this.importStream([bytes], bytes.length)
  }

  /**
   * Replaces all data with a file read from `source`, all or nothing: the file is read and staged
   * whole first (a rejected file takes no backup and changes nothing), then the pre-import backup,
   * then one transaction swaps the staged rows in. One import at a time; `cancelImport` stops it
   * before the swap. Progress goes out as `dataImportProgress` events.
   */
  async importStream(source: ByteSource | Iterable<Uint8Array>, bytesTotal: number | null): Promise<number> {
    if (this.running) throw new AppError('rule', { ko: '이미 가져오는 중입니다. 끝나거나 취소한 뒤 다시 시도하세요', en: 'An import is already running. Try again once it finishes or is cancelled.' })
    const abort = new AbortController()
    this.running = abort
    const progress = this.progressEmitter()
    try {
      const staged = await stageImport(toAsync(source), this.store.file, { bytesTotal, signal: abort.signal, onProgress: (p) => progress(p, 'reading') })
      try {
        progress({ ...progress.last, records: staged.counts.issues }, 'applying', true)
        await this.store.backupNow(this.now(), 'preimport')
        if (abort.signal.aborted) throw new AppError('cancelled', IMPORT_CANCELLED)
        staged.staging.swapInto(this.store, staged.settings, this.now())
      } finally {
        staged.staging.discard()
      }
      this.afterDataReplaced()
      return staged.counts.issues
    } finally {
      this.running = null
    }
  }

  /** Stops the running import (nothing is applied); false when none runs or it is already applying. */
  cancelImport(): boolean {
    if (!this.running || this.running.signal.aborted) return false
    this.running.abort()
    return true
  }

  /** Emits progress at most every PROGRESS_EVERY_MS (and always the end of reading); `last` is the newest seen. */
  private progressEmitter() {
    let sentAt = -Infinity
    const emit = (p: ImportProgress, phase: 'reading' | 'applying', force = false) => {
      emit.last = p
      const t = performance.now()
      if (!force && t - sentAt < PROGRESS_EVERY_MS && p.bytesRead !== p.bytesTotal) return
      sentAt = t
      this.hub.emit('dataImportProgress', { ...p, phase })
    }
    emit.last = { bytesRead: 0, bytesTotal: null, records: 0 } as ImportProgress
    return emit
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

async function* toAsync(source: ByteSource | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* source as AsyncIterable<Uint8Array>
}
