import { Worker } from 'node:worker_threads'
import { nativeBindingFile, StoreOpenError } from './database'

/**
 * The worker's whole program, as plain JavaScript (no build step, no TypeScript loader): it opens
 * the file read-only with its own connection and answers integrity_check's first line.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.sqlite)
let db
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding })
  parentPort.postMessage({ result: String(db.pragma('integrity_check(1)', { simple: true })) })
} catch (e) {
  parentPort.postMessage({ result: String(e && e.message || e) })
} finally {
  if (db) db.close()
}`

/**
 * The full integrity_check, run in a worker thread after start: better-sqlite3 is synchronous,
 * and on the main thread the check over a large file would freeze the tray and the clock for as
 * long as it reads every page. Resolves null when the file is sound, else the same StoreOpenError
 * ('corrupt') a check at start would have thrown. Nothing is written: the worker's connection is read-only.
 */
export function checkIntegrityInWorker(file: string): Promise<StoreOpenError | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, sqlite: require.resolve('better-sqlite3'), nativeBinding: nativeBindingFile() },
    })
    worker.once('message', ({ result }: { result: string }) => {
      resolve(result === 'ok' ? null : new StoreOpenError(file, 'corrupt', result))
      void worker.terminate()
    })
    worker.once('error', reject)
  })
}
