import fs from 'node:fs'
import path from 'node:path'

/** `name (n).ext`: the n-th free name for a file whose name is taken. */
const numbered = (name: string, n: number): string => {
  if (n === 1) return name
  const ext = path.extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

/**
 * Writes one export's files into the folder the user picked without touching any file already
 * there (an earlier export of the same day may have been edited since): when a name is taken, all
 * files of this export get the same free number, `… (2).docx`, `… (2).pdf`, `… (2).eml`.
 * Files are created exclusively (`wx`), so a file appearing meanwhile is never overwritten either.
 */
export function writeNewFiles(dir: string, files: { name: string; data: Buffer }[]): string[] {
  for (let n = 1; n <= 999; n++) {
    const names = files.map((f) => numbered(f.name, n))
    if (names.some((name) => fs.existsSync(path.join(dir, name)))) continue
    const written: string[] = []
    try {
      files.forEach((f, i) => {
        fs.writeFileSync(path.join(dir, names[i]), f.data, { flag: 'wx' })
        written.push(names[i])
      })
      return names
    } catch (e) {
      for (const name of written) fs.rmSync(path.join(dir, name), { force: true }) // only what this attempt created
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
  }
  throw new Error(`no free file name in ${dir}`)
}
