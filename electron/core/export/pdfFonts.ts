import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Fonts for the PDF. Pretendard (OFL, in resources/fonts) covers Hangul, Latin, kana and the
 * symbols we print, but no Hanja and no emoji. Characters it lacks are drawn with the first
 * fallback font that has them — an OFL or system CJK font found on this machine — and whatever
 * no font covers is drawn as a red '?' (never an invisible .notdef box) and counted, so the PDF
 * can say so. Colour emoji are never embeddable by pdfkit, so they always take the '?'.
 */
export interface FallbackFontSpec {
  path: string
  /** PostScript name of the face inside a .ttc collection. */
  postscriptName?: string
}

export interface PdfFontOptions {
  /** Folder holding Pretendard-Regular.ttf and Pretendard-Bold.ttf. */
  fontsDir?: string
  /** Fonts tried, in order, for characters Pretendard lacks; default: well-known system CJK fonts. */
  fallbackFonts?: FallbackFontSpec[]
}

export const REGULAR = 'Pretendard-Regular'
export const BOLD = 'Pretendard-Bold'

/** Where the fonts are when the app runs from the repository or with resources copied beside it. */
export const defaultFontsDir = (): string => join(process.cwd(), 'resources', 'fonts')

/** Candidates on Debian/Ubuntu (fonts-noto-cjk, OFL), Fedora/Arch, Windows and macOS; only existing ones are used. */
export function defaultFallbackFonts(): FallbackFontSpec[] {
  const windir = process.env.WINDIR ?? process.env.windir ?? 'C:\\Windows'
  const candidates: FallbackFontSpec[] = [
    { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKkr-Regular' },
    { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKkr-Regular' },
    { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKkr-Regular' },
    { path: join(windir, 'Fonts', 'malgun.ttf') },
    { path: join(windir, 'Fonts', 'batang.ttc'), postscriptName: 'Batang' },
    { path: '/System/Library/Fonts/AppleSDGothicNeo.ttc', postscriptName: 'AppleSDGothicNeo-Regular' },
  ]
  return candidates.filter((c) => existsSync(c.path))
}

const fileCache = new Map<string, Buffer>()
/** Font files are read once per process: a CJK collection is ~20 MB. */
function fontFile(path: string): Buffer {
  let buf = fileCache.get(path)
  if (!buf) {
    buf = readFileSync(path)
    fileCache.set(path, buf)
  }
  return buf
}

interface FontkitFace {
  hasGlyphForCodePoint(codePoint: number): boolean
}

/** pdfkit keeps the parsed fontkit face on its private `_font.font`; the cmap check needs it. */
function faceOf(doc: PDFKit.PDFDocument, name: string): FontkitFace {
  doc.font(name)
  return (doc as unknown as { _font: { font: FontkitFace } })._font.font
}

export interface RegisteredFonts {
  /** The font to draw a grapheme with, or null when no embedded font has all its code points. */
  fontFor(codePoints: number[], bold: boolean): string | null
  /** Fallback fonts that were actually needed (their PostScript names or file paths). */
  fallbacksUsed(): string[]
}

/**
 * Registers Pretendard on `doc` and, lazily — only when a character needs one — the fallback
 * fonts, so a form without Hanja never pays for loading a 20 MB collection.
 */
export function registerFonts(doc: PDFKit.PDFDocument, opts: PdfFontOptions = {}): RegisteredFonts {
  const dir = opts.fontsDir ?? defaultFontsDir()
  const regularPath = join(dir, 'Pretendard-Regular.ttf')
  const boldPath = join(dir, 'Pretendard-Bold.ttf')
  if (!existsSync(regularPath) || !existsSync(boldPath)) {
    throw new Error(`PDF 글꼴을 찾을 수 없습니다: ${dir} (Pretendard-Regular.ttf, Pretendard-Bold.ttf)`)
  }
  doc.registerFont(REGULAR, fontFile(regularPath))
  doc.registerFont(BOLD, fontFile(boldPath))
  const primary = { [REGULAR]: faceOf(doc, REGULAR), [BOLD]: faceOf(doc, BOLD) }

  const specs = opts.fallbackFonts ?? defaultFallbackFonts()
  const loaded: Array<{ name: string; label: string; face: FontkitFace } | null> = []
  const used = new Set<string>()
  const fallback = (i: number) => {
    if (loaded[i] === undefined) {
      const spec = specs[i]
      const name = `Fallback-${i}`
      try {
        doc.registerFont(name, fontFile(spec.path), spec.postscriptName)
        loaded[i] = { name, label: spec.postscriptName ?? spec.path, face: faceOf(doc, name) }
      } catch {
        loaded[i] = null // unreadable or not a font pdfkit can embed: skip it
      }
    }
    return loaded[i]
  }
  const covers = (face: FontkitFace, cps: number[]) => cps.every((cp) => face.hasGlyphForCodePoint(cp))

  return {
    fontFor(codePoints, bold) {
      const own = bold ? BOLD : REGULAR
      if (covers(primary[own], codePoints)) return own
      if (bold && covers(primary[REGULAR], codePoints)) return REGULAR
      for (let i = 0; i < specs.length; i++) {
        const fb = fallback(i)
        if (fb && covers(fb.face, codePoints)) {
          used.add(fb.label)
          return fb.name
        }
      }
      return null
    },
    fallbacksUsed: () => [...used],
  }
}
