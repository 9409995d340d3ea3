import type { EventOf } from '../../shared/ipc/contract'
import { AppError, IMPORT_CANCELLED, type IpcResult } from '../../shared/ipc/result'
import { api, ApiError, call, host, webToken } from './index'
import { hostUnreachable } from './webTransport'

/**
 * The data file, exported and imported the way each host streams it: Electron's main shows a
 * save/open dialog and the core reads or writes the chosen file; the preview host downloads it
 * through a link and takes the page's File as a streamed upload (the browser reads it from disk).
 */
export type ImportProgress = EventOf<'dataImportProgress'>

/** Whether the page must pick the file itself (the preview); Electron's main opens its own dialog. */
export const importNeedsFilePicker = host === 'web'

/** Exports; the saved path (Electron), the downloaded file's name (preview), or null when the dialog was cancelled. */
export async function exportDataFile(): Promise<{ savedTo: string } | { downloading: string } | null> {
  if (host === 'electron') {
    const { savedTo } = await call('data.exportFile', {})
    return savedTo ? { savedTo } : null
  }
  const link = await postJson<{ url: string; fileName: string }>('/api/data.exportLink', '{}')
  const a = document.createElement('a')
  a.href = link.url
  a.download = link.fileName
  a.click()
  return { downloading: link.fileName }
}

/** Imports; the number of issues, or null when the dialog was cancelled. `file` is the page's pick (preview). */
export async function importDataFile(file?: File): Promise<number | null> {
  if (host === 'electron') return (await call('data.importFile', {})).issues
  if (!file) return null
  upload = new AbortController()
  try {
    return (await postJson<{ issues: number }>('/api/data.import', file, upload.signal)).issues
  } finally {
    upload = null
  }
}

let upload: AbortController | null = null

/** Stops the import: the core drops what it staged, and in the preview the page also stops sending the file. */
export async function cancelImport(): Promise<boolean> {
  const { cancelled } = await call('data.importCancel', {})
  upload?.abort()
  return cancelled
}

export const onImportProgress = (listener: (p: ImportProgress) => void): (() => void) => api.on('dataImportProgress', listener)

async function postJson<T>(url: string, body: BodyInit, signal?: AbortSignal): Promise<T> {
  let reply: IpcResult<T>
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'X-Api-Token': webToken }, body, signal })
    reply = (await res.json()) as IpcResult<T>
  } catch (e) {
    if (signal?.aborted) throw new ApiError(new AppError('cancelled', IMPORT_CANCELLED).toIpcError())
    throw new ApiError(hostUnreachable(e))
  }
  if (!reply.ok) throw new ApiError(reply.error)
  return reply.value
}
