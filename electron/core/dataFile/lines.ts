import { invalidFile } from './format'

/** A byte source: a file or request stream, or one buffer (the legacy whole-string channel). */
export type ByteSource = AsyncIterable<Uint8Array>

export interface Line {
  /** 1-based, counting empty lines too, so that an error names the line an editor shows. */
  number: number
  text: string
}

/**
 * Splits a byte stream into lines without decoding the whole file: chunks are searched for the
 * newline byte and each line is decoded on its own. A UTF-8 sequence split across two chunks is
 * never split here, because the newline byte cannot occur inside a multi-byte sequence. A trailing
 * CR (Windows line ends) is dropped, blank lines are skipped, and a line longer than `maxLineBytes`
 * is refused before it is held whole. `onBytes` hears every chunk's size (progress).
 */
export async function* splitLines(source: ByteSource, maxLineBytes: number, onBytes: (n: number) => void = () => {}): AsyncGenerator<Line> {
  let pending: Buffer[] = []
  let pendingBytes = 0
  let number = 0
  const tooLong = () =>
    invalidFile({
      ko: `${number + 1}번째 줄이 너무 깁니다 (최대 ${Math.round(maxLineBytes / 1024 / 1024)} MB)`,
      en: `line ${number + 1} is too long (at most ${Math.round(maxLineBytes / 1024 / 1024)} MB)`,
    })
  for await (const chunk of source) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    onBytes(buf.length)
    let start = 0
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      let line: Buffer
      if (pendingBytes > 0) {
        if (pendingBytes + nl - start > maxLineBytes) throw tooLong()
        line = Buffer.concat([...pending, buf.subarray(start, nl)])
        pending = []
        pendingBytes = 0
      } else {
        if (nl - start > maxLineBytes) throw tooLong()
        line = buf.subarray(start, nl)
      }
      start = nl + 1
      number++
      const text = decode(line)
      if (text.trim() !== '') yield { number, text }
    }
    if (start < buf.length) {
      pendingBytes += buf.length - start
      if (pendingBytes > maxLineBytes) throw tooLong()
      pending.push(buf.subarray(start))
    }
  }
  if (pendingBytes > 0) {
    number++
    const text = decode(Buffer.concat(pending))
    if (text.trim() !== '') yield { number, text }
  }
}

const decode = (line: Buffer): string => {
  const end = line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length
  return line.toString('utf8', 0, end)
}
