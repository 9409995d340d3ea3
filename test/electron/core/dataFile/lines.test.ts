import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../../electron/core/dataFile/lines'

async function collect(chunks: (string | Buffer)[], max = 1024) {
  const out: { number: number; text: string }[] = []
  let bytes = 0
  const source = (async function* () {
    for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c, 'utf8') : c
  })()
  for await (const line of splitLines(source, max, (n) => (bytes += n))) out.push(line)
  return { lines: out, bytes }
}

describe('the data file is split into lines on bytes, never decoded whole', () => {
  it('a UTF-8 character split across two chunks arrives whole', async () => {
    const text = '{"t":"백업 실패 😵"}\n'
    const bytes = Buffer.from(text, 'utf8')
    for (let cut = 1; cut < bytes.length; cut++) {
      const { lines } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)])
      expect(lines).toEqual([{ number: 1, text: '{"t":"백업 실패 😵"}' }])
    }
  })

  it('CRLF line ends, empty lines and a last line without a newline; bytes are counted for progress', async () => {
    const { lines, bytes } = await collect(['a\r\n', '\r\n\n  \nb', '\r', '\nc'])
    expect(lines).toEqual([
      { number: 1, text: 'a' },
      { number: 5, text: 'b' },
      { number: 6, text: 'c' },
    ])
    expect(bytes).toBe(Buffer.byteLength('a\r\n\r\n\n  \nb\r\nc'))
  })

  it('one line over the bound is refused with its line number, before it is held whole', async () => {
    await expect(collect(['ok\n', 'x'.repeat(600), 'x'.repeat(600), '\n'])).rejects.toThrow(/2번째 줄이 너무 깁니다/)
    await expect(collect(['ok\n' + 'y'.repeat(2000) + '\n'])).rejects.toThrow(/2번째 줄이 너무 깁니다/)
    const fits = await collect(['z'.repeat(1024) + '\n'])
    expect(fits.lines[0].text.length).toBe(1024)
  })

  it('many lines in one chunk, and one line over many chunks', async () => {
    const many = await collect([Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')])
    expect(many.lines.map((l) => l.text)).toEqual(Array.from({ length: 100 }, (_, i) => `line ${i}`))
    const spread = await collect([...'한국어 한 줄'].map((ch) => ch).concat(['\n']))
    expect(spread.lines).toEqual([{ number: 1, text: '한국어 한 줄' }])
  })
})
