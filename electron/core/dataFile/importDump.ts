import { setImmediate as yieldToLoop } from 'node:timers/promises'
import { AppError, IMPORT_CANCELLED } from '../../../shared/ipc/result'
import type { AppSettings } from '../../../shared/model'
import { countRecord, emptyCounts, FORMAT_V2, invalidFile, parseBodyLine, parseDumpV1, parseHeader, recordsOfV1, type Counts, type DumpRecord } from './format'
import { splitLines, type ByteSource } from './lines'
import { StagingDb } from './staging'

/** The longest line a person's data can make (an issue with six 20,000-character texts and a long timeline is far under). */
export const MAX_LINE_BYTES = 32 * 1024 * 1024
/** The legacy one-document `/1` file is read whole: its old bound stays. */
export const MAX_V1_BYTES = 200 * 1024 * 1024
/** Records per staging transaction; the event loop gets a turn after each. */
const BATCH = 1000

export interface ImportProgress {
  bytesRead: number
  /** File size or Content-Length; null when the host does not know it. */
  bytesTotal: number | null
  records: number
}

export interface ImportOptions {
  bytesTotal?: number | null
  signal?: AbortSignal
  onProgress?: (p: ImportProgress) => void
}

/** A file read to its end, valid, and staged: what is left is the swap (or `discard`). */
export interface StagedImport {
  staging: StagingDb
  settings: AppSettings
  counts: Counts
}

/**
 * Reads a data file from a byte stream into a staging database next to `dataFile`: `/2` line by
 * line (each line checked by its schema, the header first, the `end` line's counts last), `/1`
 * (told by its first bytes) as one document within its old bound. Throws with the staging file
 * removed on any invalid line, conflict, truncation or cancel; the live file is never touched here.
 */
export async function stageImport(source: ByteSource, dataFile: string, options: ImportOptions = {}): Promise<StagedImport> {
  const progress: ImportProgress = { bytesRead: 0, bytesTotal: options.bytesTotal ?? null, records: 0 }
  const onBytes = (n: number) => {
    checkCancel(options.signal)
    progress.bytesRead += n
    options.onProgress?.({ ...progress })
  }
  const { head, rest } = await peek(source, FORMAT_V2.length + 16)
  const isV2 = head.toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith(`{"format":"${FORMAT_V2}"`)
  const whole = prefixed(head, rest)
  let staging: StagingDb | null = null
  const open = () => (staging = new StagingDb(dataFile))
  try {
    const staged = isV2 ? await stageV2(whole, onBytes, open, progress, options.signal) : await stageV1(whole, onBytes, open, progress, options.signal)
    await staged.staging.indexSearch(BATCH * 2, async () => {
      await yieldToLoop()
      checkCancel(options.signal)
    })
    options.onProgress?.({ ...progress })
    return staged
  } catch (e) {
    ;(staging as StagingDb | null)?.discard()
    throw e
  }
}

async function stageV2(source: ByteSource, onBytes: (n: number) => void, open: () => StagingDb, progress: ImportProgress, signal?: AbortSignal): Promise<StagedImport> {
  let header: { settings: AppSettings } | null = null
  let staging: StagingDb | null = null
  let end: Counts | null = null
  const counts = emptyCounts()
  const batch = new Batch(signal, progress)
  for await (const { number, text } of splitLines(source, MAX_LINE_BYTES, onBytes)) {
    if (end) throw invalidFile({ ko: `${number}번째 줄: 마지막(end) 줄 뒤에 내용이 더 있습니다`, en: `line ${number} comes after the last (end) line` })
    if (!header) {
      header = parseHeader(text, number)
      staging = open()
      continue
    }
    const line = parseBodyLine(text, number)
    if ('end' in line) {
      end = line.end
      continue
    }
    countRecord(counts, line)
    await batch.add(staging!, line)
  }
  if (!header || !staging) throw invalidFile({ ko: '빈 파일입니다', en: 'the file is empty' })
  await batch.flush(staging)
  if (!end) throw invalidFile({ ko: '파일이 중간에 끊겼습니다 (마지막 end 줄이 없습니다). 내보내기를 다시 하세요', en: 'the file is cut short (its last, end line is missing) — export it again' })
  for (const k of Object.keys(counts) as (keyof Counts)[]) {
    if (counts[k] !== end[k]) throw invalidFile({
        ko: `파일이 중간에 끊겼거나 고쳐졌습니다 (${k}: ${counts[k]}개 읽음, end 줄은 ${end[k]}개)`,
        en: `the file was cut short or edited (${k}: ${counts[k]} read, the end line says ${end[k]})`,
      })
  }
  return { staging, settings: header.settings, counts }
}

async function stageV1(source: ByteSource, onBytes: (n: number) => void, open: () => StagingDb, progress: ImportProgress, signal?: AbortSignal): Promise<StagedImport> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of source) {
    onBytes(chunk.byteLength)
    size += chunk.byteLength
    if (size > MAX_V1_BYTES) throw new AppError('invalid', {
        ko: `이전 형식(JSON 한 덩어리) 파일은 최대 ${MAX_V1_BYTES / 1024 / 1024} MB까지 가져올 수 있습니다`,
        en: `A file in the old format (one JSON document) can be imported up to ${MAX_V1_BYTES / 1024 / 1024} MB. Nothing was changed.`,
      })
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  const dump = parseDumpV1(Buffer.concat(chunks).toString('utf8'))
  chunks.length = 0
  const staging = open()
  const counts = emptyCounts()
  const batch = new Batch(signal, progress)
  for (const r of recordsOfV1(dump)) {
    countRecord(counts, r)
    await batch.add(staging, r)
  }
  await batch.flush(staging)
  return { staging, settings: dump.settings, counts }
}

/** Records gathered into staging transactions; after each, a cancel is noticed and the event loop runs. */
class Batch {
  private records: DumpRecord[] = []
  constructor(
    private readonly signal: AbortSignal | undefined,
    private readonly progress: ImportProgress,
  ) {}

  async add(staging: StagingDb, r: DumpRecord): Promise<void> {
    this.records.push(r)
    if (this.records.length >= BATCH) await this.flush(staging)
  }

  async flush(staging: StagingDb): Promise<void> {
    checkCancel(this.signal)
    staging.write(this.records)
    this.progress.records += this.records.length
    this.records = []
    await yieldToLoop()
    checkCancel(this.signal)
  }
}

function checkCancel(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AppError('cancelled', IMPORT_CANCELLED)
}

/** Reads at least `bytes` (or all there is) from the front of a stream, and the iterator for the rest. */
async function peek(source: ByteSource, bytes: number): Promise<{ head: Buffer; rest: AsyncIterator<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]()
  const parts: Buffer[] = []
  let size = 0
  while (size < bytes) {
    const next = await it.next()
    if (next.done) break
    const buf = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)
    parts.push(buf)
    size += buf.length
  }
  return { head: Buffer.concat(parts), rest: it }
}

async function* prefixed(head: Buffer, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    if (head.length > 0) yield head
    for (;;) {
      const next = await rest.next()
      if (next.done) return
      yield next.value
    }
  } finally {
    await rest.return?.() // an early stop (a bad line, a cancel) closes the file or request stream
  }
}
