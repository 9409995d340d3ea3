// `npm start` runs this first (prestart). On a desktop with internet it makes the real app
// startable: it fetches the Electron binary (skipped at install time on CI machines) and builds
// better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build that the tests
// and the preview host use untouched. Electron main loads that file through `nativeBinding`.
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const electronDir = path.dirname(require.resolve('electron/package.json'))
const electronVersion = require('electron/package.json').version
const outDir = path.join(root, '.electron-native')
const binding = path.join(outDir, 'better_sqlite3.node')
const stamp = path.join(outDir, 'electron-version.txt')

function fail(message) {
  console.error(`\n[prepare-electron] ${message}\n`)
  process.exit(1)
}

// 1. The Electron binary.
if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
  console.log(`[prepare-electron] downloading Electron ${electronVersion} …`)
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } })
  if (r.status !== 0) {
    fail('The Electron binary could not be downloaded (no internet?). Use `npm run web` for the browser preview instead.')
  }
}

// 2. better-sqlite3 for Electron's ABI, built in a copy of the package.
const built = fs.existsSync(binding) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === electronVersion
if (!built) {
  console.log(`[prepare-electron] building better-sqlite3 for Electron ${electronVersion} …`)
  const src = path.dirname(require.resolve('better-sqlite3/package.json'))
  const work = path.join(outDir, 'better-sqlite3')
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })
  fs.cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) })
  try {
    execFileSync(
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
    )
  } catch {
    fail('Building better-sqlite3 for Electron failed: a C++ toolchain is needed (Windows: Visual Studio Build Tools; macOS: Xcode CLT; Linux: build-essential, python3).')
  }
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), binding)
  fs.writeFileSync(stamp, electronVersion)
  fs.rmSync(work, { recursive: true, force: true })
}
console.log('[prepare-electron] ready')
