import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// shared/domain must run in the renderer and in Node alike, and never read the clock itself.
const ROOT = join(__dirname, '../../shared/domain')
const files = (readdirSync(ROOT, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))

describe('shared/domain is pure', () => {
  it.each(files)('%s imports no Node, Electron, SQLite or React and reads no clock', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8')
    expect(code).not.toMatch(/from ['"](node:|fs['"]|path['"]|electron|better-sqlite3|react)/)
    expect(code).not.toMatch(/new Date\(\s*\)/)
    expect(code).not.toMatch(/Date\.now\(/)
    expect(code).not.toMatch(/\bprocess\./)
  })
})
