/** Reading the exported documents back, the way a recipient's tools would. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateRawSync } from 'node:zlib'

/** Entries of a zip file (a .docx), read with node:zlib: central directory → local headers. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('not a zip file')
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const out = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10)
    const size = buf.readUInt32LE(p + 20)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen)
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(dataStart, dataStart + size)
    out.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw))
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')

/** The text of word/document.xml, one line per paragraph. */
export function docxText(docx: Buffer): string {
  const xml = unzip(docx).get('word/document.xml')?.toString('utf8')
  if (!xml) throw new Error('word/document.xml missing')
  return decodeXml(
    xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'form-export-'))
  try {
    return fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw new Error(`${cmd} is missing: apt-get install -y poppler-utils`)
    throw e
  }
}

export const hasCommand = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** pdftotext (poppler-utils), UTF-8; `layout` keeps each printed line together (columns side by side). */
export function pdfText(pdf: Buffer, layout = false): string {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'f.pdf'), pdf)
    return run('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', join(dir, 'f.pdf'), '-'])
  })
}

/**
 * How far down each page its text reaches, as a share of the page height (pdftotext -bbox), leaving
 * out the footer's "n / N": how full a page is.
 */
export function pdfTextDepths(pdf: Buffer): number[] {
  const xml = withTempDir((dir) => {
    writeFileSync(join(dir, 'f.pdf'), pdf)
    return run('pdftotext', ['-bbox', '-enc', 'UTF-8', join(dir, 'f.pdf'), '-'])
  })
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">(.*?)<\/page>/gs)].map(([, h, body]) => {
    const height = Number(h)
    const words = [...body.matchAll(/<word [^>]*yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, y, w]) => ({ y: Number(y), w }))
    const footerTop = Math.min(...words.filter((x) => /^\d+$|^\/$/.test(x.w)).map((x) => x.y).filter((y) => y > height * 0.9), height)
    return Math.max(0, ...words.filter((x) => x.y < footerTop - 1).map((x) => x.y)) / height
  })
}

/** Embedded font names from pdffonts, without the subset prefix (ABCDEF+). */
export function pdfFontNames(pdf: Buffer): string[] {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'f.pdf'), pdf)
    return run('pdffonts', [join(dir, 'f.pdf')])
      .split('\n')
      .slice(2)
      .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''))
      .filter(Boolean)
  })
}

export function pdfPageCount(pdf: Buffer): number {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'f.pdf'), pdf)
    return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [join(dir, 'f.pdf')]))?.[1])
  })
}

/** First page as an 8-bit grey bitmap (pdftoppm -gray → PGM, parsed here without a PNG decoder). */
export function firstPageGray(pdf: Buffer, dpi = 60): { width: number; height: number; pixels: Buffer } {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'f.pdf'), pdf)
    run('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', join(dir, 'f.pdf'), join(dir, 'p')])
    const pgm = readFileSync(join(dir, 'p.pgm'))
    // "P5\n<w> <h>\n<max>\n" then w*h bytes.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
    if (!header) throw new Error('unexpected PGM header')
    const [all, w, h] = header
    return { width: Number(w), height: Number(h), pixels: pgm.subarray(all.length) }
  })
}

/** Writes the first page as PNG to test/artifacts/<name>.png for a person to look at. */
export function writeFirstPagePng(pdf: Buffer, name: string, dpi = 60): string {
  const dir = join(process.cwd(), 'test', 'artifacts')
  mkdirSync(dir, { recursive: true })
  return withTempDir((tmp) => {
    writeFileSync(join(tmp, 'f.pdf'), pdf)
    run('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', join(tmp, 'f.pdf'), join(dir, name)])
    return join(dir, `${name}.png`)
  })
}

/** DOCX → PDF with LibreOffice (only where it is installed; CI need not have it). */
export function docxToPdfWithLibreOffice(docx: Buffer): Buffer {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'form.docx'), docx)
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'form.docx')], {
      stdio: 'ignore',
      timeout: 120_000,
    })
    return readFileSync(join(dir, 'form.pdf'))
  })
}

/** Collapses whitespace away: wrapped lines in a PDF break values at arbitrary spaces. */
export const squash = (s: string): string => s.replace(/\s+/g, '')
