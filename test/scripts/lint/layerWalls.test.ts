import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Each wall of the layer map, planted with a leak: lint must name the broken rule. The files need not
// exist: lintText applies the config of the path it is given.
const eslint = new ESLint({ cwd: path.resolve('.') })

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(file) })
  return result.messages.map((m) => m.ruleId ?? m.message)
}

const leaks: [file: string, code: string, rule: string][] = [
  // imports of ours across a wall
  ['shared/domain/leak.ts', "import { Store } from '../../electron/core/store/store'\nexport const x = Store", 'layers/import-wall'],
  ['shared/model/leak.ts', "import { App } from '../../renderer/src/App'\nexport const x = App", 'layers/import-wall'],
  ['electron/core/leak.ts', "import { show } from '../main/windows'\nexport const x = show", 'layers/import-wall'],
  ['electron/core/leak.ts', "import { startWebHost } from '../preview/webHost'\nexport const x = startWebHost", 'layers/import-wall'],
  ['electron/main/leak.ts', "import { startWebHost } from '../preview/webHost'\nexport const x = startWebHost", 'layers/import-wall'],
  ['electron/preload/leak.ts', "import { IssueSchema } from '../../shared/model'\nexport const x = IssueSchema", 'layers/import-wall'],
  ['electron/preload/leak.ts', "import { contract } from '../../shared/ipc/contract'\nexport const x = contract", 'layers/import-wall'],
  ['renderer/src/leak.ts', "import { Core } from '../../electron/core/core'\nexport const x = Core", 'layers/import-wall'],
  // packages a layer must not touch
  ['shared/domain/leak.ts', "import fs from 'node:fs'\nexport const x = fs", 'no-restricted-imports'],
  ['shared/domain/leak.ts', "import path from 'path'\nexport const x = path", 'no-restricted-imports'],
  ['shared/ipc/leak.ts', "import { useState } from 'react'\nexport const x = useState", 'no-restricted-imports'],
  ['shared/ipc/leak.ts', "import Database from 'better-sqlite3'\nexport const x = Database", 'no-restricted-imports'],
  ['electron/core/leak.ts', "import { app } from 'electron'\nexport const x = app", 'no-restricted-imports'],
  ['electron/preview/leak.ts', "import { app } from 'electron'\nexport const x = app", 'no-restricted-imports'],
  ['renderer/src/leak.ts', "import fs from 'node:fs'\nexport const x = fs", 'no-restricted-imports'],
  ['renderer/src/leak.ts', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer", 'no-restricted-imports'],
  ['electron/preload/leak.ts', "import fs from 'node:fs'\nexport const x = fs", 'no-restricted-imports'],
  // globals foreign to a layer
  ['shared/domain/leak.ts', 'export const x = () => window.innerWidth', 'no-restricted-globals'],
  ['shared/domain/leak.ts', 'export const x = () => process.env.TZ', 'no-restricted-globals'],
  ['shared/format/leak.ts', "export const x = () => Buffer.from('a')", 'no-restricted-globals'],
  ['electron/core/leak.ts', 'export const x = () => document.title', 'no-restricted-globals'],
  ['renderer/src/leak.ts', 'export const x = () => process.platform', 'no-restricted-globals'],
  ['renderer/src/leak.ts', "export const x = () => require('fs')", 'no-restricted-globals'],
]

describe('the layer map is enforced by lint', () => {
  it.each(leaks)('%s: %s is refused', async (file, code, rule) => {
    expect(await rulesBroken(file, code)).toContain(rule)
  })

  it('what each layer may use passes', async () => {
    const fine: [string, string][] = [
      ['shared/model/ok.ts', "import { z } from 'zod'\nimport { TRACKS } from '../domain/tracks'\nexport const x = [z, TRACKS]"],
      ['electron/core/ok.ts', "import fs from 'node:fs'\nimport { TRACKS } from '../../shared/domain/tracks'\nexport const x = [fs, TRACKS]"],
      ['electron/main/ok.ts', "import { app } from 'electron'\nimport { Core } from '../core/core'\nexport const x = [app, Core]"],
      ['electron/preview/ok.ts', "import { Core } from '../core/core'\nexport const x = Core"],
      ['electron/preload/ok.ts', "import { contextBridge } from 'electron'\nimport { CHANNEL_NAMES } from '../../shared/ipc/names'\nimport type { PreloadBridge } from '../../shared/ipc/api'\nexport const x: PreloadBridge | null = null\nexport const y = [contextBridge, CHANNEL_NAMES]"],
      ['renderer/src/ok.ts', "import { TRACKS } from '../../shared/domain/tracks'\nexport const x = () => [TRACKS, window.innerWidth]"],
    ]
    for (const [file, code] of fine) expect(await rulesBroken(file, code), file).toEqual([])
  })
})
