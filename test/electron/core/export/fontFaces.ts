/** fontkit faces of the fonts a PDF may embed, opened through pdfkit, to check cmap coverage. */
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { defaultFallbackFonts, defaultFontsDir } from '../../../../electron/core/export'

export interface Face {
  hasGlyphForCodePoint(cp: number): boolean
}

/** PostScript name → face, for Pretendard and every fallback font available on this machine. */
export function availableFaces(): Map<string, Face> {
  const doc = new PDFDocument()
  const faces = new Map<string, Face>()
  const open = (name: string, path: string, family?: string) => {
    doc.registerFont(name, path, family)
    doc.font(name)
    faces.set(name, (doc as unknown as { _font: { font: Face } })._font.font)
  }
  open('Pretendard-Regular', join(defaultFontsDir(), 'Pretendard-Regular.ttf'))
  open('Pretendard-Bold', join(defaultFontsDir(), 'Pretendard-Bold.ttf'))
  for (const fb of defaultFallbackFonts()) open(fb.postscriptName ?? fb.path, fb.path, fb.postscriptName)
  return faces
}

/** Characters of `text` (whitespace aside) that none of the named embedded fonts can draw. */
export function charactersWithoutGlyph(text: string, embedded: string[], faces: Map<string, Face>): string[] {
  const usable = embedded.map((n) => faces.get(n)).filter((f): f is Face => !!f)
  const missing = new Set<string>()
  for (const ch of text) {
    if (/\s/u.test(ch)) continue
    const cp = ch.codePointAt(0)!
    if (!usable.some((f) => f.hasGlyphForCodePoint(cp))) missing.add(ch)
  }
  return [...missing]
}
