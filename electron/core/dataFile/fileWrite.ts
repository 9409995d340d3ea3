import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type { Writable } from 'node:stream'

/**
 * Writes chunks to a stream, waiting for 'drain' whenever its buffer is full (memory stays one chunk
 * or so). A stream closed meanwhile (the client of a download went away) ends the writing with an error.
 */
export async function writeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<void> {
  for await (const chunk of chunks) {
    if (out.destroyed) throw new Error('the stream was closed before the end')
    if (!out.write(chunk)) await drained(out)
  }
}

function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      out.off('drain', onDrain)
      out.off('close', onClose)
      out.off('error', done)
      if (e) reject(e)
      else resolve()
    }
    const onDrain = () => done()
    const onClose = () => done(new Error('the stream was closed before the end'))
    out.on('drain', onDrain)
    out.on('close', onClose)
    out.on('error', done)
  })
}

/**
 * Writes a file the user chose: to a new temporary name beside it first (created exclusively, so no
 * other file is ever overwritten), renamed onto the chosen name only once complete. A failed or
 * cancelled export leaves no half file.
 */
export async function writeFileAtomically(target: string, chunks: AsyncIterable<string>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`)
  const out = fs.createWriteStream(temp, { flags: 'wx' })
  try {
    await once(out, 'open')
    await writeChunks(chunks, out)
    out.end()
    await once(out, 'finish')
    await new Promise<void>((resolve, reject) => out.close((e) => (e ? reject(e) : resolve())))
    fs.renameSync(temp, target)
  } catch (e) {
    out.destroy()
    fs.rmSync(temp, { force: true })
    throw e
  }
}
