// Draws the icons: tray*.png (16 px and @2x 32 px), a clock face, and the same face in red for
// "a deadline has passed", as .ico for Windows and a Template image for macOS; app.png (512 px)
// for windows and installers. `node scripts/make-icons.mjs` rewrites them.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function png(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

/** Distance from point p to segment a–b. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

function draw(size, [r, g, b], filled) {
  const out = Buffer.alloc(size * size * 4)
  const S = 4 // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let ink = 0
      let hole = 0
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          // unit coordinates: centre (0, 0), radius 1
          const u = ((x + (sx + 0.5) / S) / size) * 2 - 1
          const v = ((y + (sy + 0.5) / S) / size) * 2 - 1
          const d = Math.hypot(u, v)
          const hands = segment(u, v, 0, 0, 0, -0.55) < 0.11 || segment(u, v, 0, 0, 0.42, 0.1) < 0.11
          if (filled) {
            if (d <= 0.95) (hands ? hole++ : ink++)
          } else if ((d <= 0.95 && d >= 0.75) || (d < 0.75 && hands)) ink++
        }
      }
      const i = (y * size + x) * 4
      const a = ink / (S * S)
      const w = hole / (S * S)
      // filled: white hands on the coloured disc
      out[i] = Math.round(r * a + 255 * w) / Math.max(a + w, 1e-9) || 0
      out[i + 1] = Math.round(g * a + 255 * w) / Math.max(a + w, 1e-9) || 0
      out[i + 2] = Math.round(b * a + 255 * w) / Math.max(a + w, 1e-9) || 0
      out[i + 3] = Math.round(255 * Math.min(1, a + w))
    }
  }
  return png(size, out)
}

const dir = path.resolve(import.meta.dirname, '..', 'resources', 'icons')
fs.mkdirSync(dir, { recursive: true })
for (const [name, colour, filled] of [
  ['tray', [60, 64, 72], false],
  ['tray-alert', [214, 40, 40], true],
]) {
  fs.writeFileSync(path.join(dir, `${name}.png`), draw(16, colour, filled))
  fs.writeFileSync(path.join(dir, `${name}@2x.png`), draw(32, colour, filled))
}
/** A Windows .ico holding PNG images (Vista+ reads PNG entries). */
function ico(pngs) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(({ size, data }) => {
    const e = Buffer.alloc(16)
    e.writeUInt8(size >= 256 ? 0 : size, 0)
    e.writeUInt8(size >= 256 ? 0 : size, 1)
    e.writeUInt16LE(1, 4) // colour planes
    e.writeUInt16LE(32, 6) // bits per pixel
    e.writeUInt32LE(data.length, 8)
    e.writeUInt32LE(offset, 12)
    offset += data.length
    return e
  })
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)])
}

// Windows wants .ico in the tray; macOS a black "Template" image it tints for light and dark menu bars.
for (const [name, colour, filled] of [
  ['tray', [60, 64, 72], false],
  ['tray-alert', [214, 40, 40], true],
]) {
  fs.writeFileSync(path.join(dir, `${name}.ico`), ico([16, 24, 32, 48].map((size) => ({ size, data: draw(size, colour, filled) }))))
}
fs.writeFileSync(path.join(dir, 'trayTemplate.png'), draw(16, [0, 0, 0], false))
fs.writeFileSync(path.join(dir, 'trayTemplate@2x.png'), draw(32, [0, 0, 0], false))

// The window / installer icon: the same clock face, filled in Veeam green, large enough for every OS.
fs.writeFileSync(path.join(dir, 'app.png'), draw(512, [0, 178, 107], true))
console.log(`icons written to ${dir}`)
