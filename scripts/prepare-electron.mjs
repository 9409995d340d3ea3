// `npm start` and `npm run dist` run this first. On a desktop with internet it makes the real app
// startable: it checks Node, fetches the Electron binary (skipped at install time on CI machines)
// and gets better-sqlite3 for Electron's ABI into .electron-native/ — from the prebuilt binaries
// better-sqlite3 publishes (prebuild-install), compiling only if none fits — leaving the Node build
// in node_modules, which the tests and the preview host use, untouched. Electron main loads that
// file through `nativeBinding`; packaging copies it into the app (electron-builder.config.cjs).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Electron's own tooling (@electron/get, electron-builder 26, @electron/rebuild 4) wants this Node. */
export const MIN_NODE = [22, 12]

/** The repository root from this script's file: URL; `new URL(u).pathname` would give `/C:/…` and `%EC%97…`. */
export const repoRoot = (scriptUrl) => path.resolve(path.dirname(fileURLToPath(scriptUrl)), '..')

/** Where the Electron build of better-sqlite3 goes, for a root on this OS (`p` = path.win32 / path.posix in tests). */
export function nativePaths(root, p = path) {
  const outDir = p.join(root, '.electron-native')
  return { outDir, binding: p.join(outDir, 'better_sqlite3.node'), stamp: p.join(outDir, 'electron-version.txt'), work: p.join(outDir, 'better-sqlite3') }
}

export function nodeVersionProblem(version, command) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return null
  return (
    `\`${command}\` needs Node ${MIN_NODE.join('.')} or later (this is Node ${version}): Electron's download and packaging tools require it.\n` +
    `Install Node 22 LTS (https://nodejs.org), then run \`${command}\` again. The tests and the browser preview (\`npm test\`, \`npm run web\`) work on Node 20.`
  )
}

/**
 * Gets better-sqlite3 for Electron's ABI into `paths.binding`. `run(file, args, cwd)` runs a tool
 * with Node and returns its exit status (tests pass stubs); `tools` are the tools' JS entry files.
 */
export function buildNativeModule({ paths, sqliteDir, electronVersion, platform, arch, run, tools, log }) {
  const built = fs.existsSync(paths.binding) && fs.existsSync(paths.stamp) && fs.readFileSync(paths.stamp, 'utf8') === electronVersion
  if (built) return { ok: true, how: 'cached' }
  fs.rmSync(paths.work, { recursive: true, force: true })
  fs.mkdirSync(paths.outDir, { recursive: true })
  // A copy of the package, without its Node build, so node_modules/better-sqlite3 is never rebuilt in place.
  fs.cpSync(sqliteDir, paths.work, { recursive: true, filter: (f) => !f.includes(`${path.sep}build${path.sep}`) && !f.endsWith(`${path.sep}build`) })
  const result = path.join(paths.work, 'build', 'Release', 'better_sqlite3.node')
  const attempts = [
    ['prebuilt binary', tools.prebuildInstall, ['--runtime', 'electron', '--target', electronVersion, '--platform', platform, '--arch', arch, '--verbose']],
    ['compiling (node-gyp)', tools.nodeGyp, ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers']],
  ]
  for (const [how, tool, args] of attempts) {
    if (!tool) continue
    log(`better-sqlite3 for Electron ${electronVersion}: ${how} …`)
    if (run(tool, args, paths.work) === 0 && fs.existsSync(result)) {
      fs.copyFileSync(result, paths.binding)
      fs.writeFileSync(paths.stamp, electronVersion)
      fs.rmSync(paths.work, { recursive: true, force: true })
      return { ok: true, how }
    }
  }
  fs.rmSync(paths.work, { recursive: true, force: true })
  return {
    ok: false,
    message:
      `better-sqlite3 for Electron ${electronVersion} could not be downloaded (no prebuilt binary for ${platform}-${arch}, or no internet) nor compiled.\n` +
      'Either connect to the internet and run this again, or install a C++ toolchain to compile it: ' +
      'Windows: "Visual Studio Build Tools" with "Desktop development with C++"; macOS: `xcode-select --install`; Linux: `build-essential` and `python3`.',
  }
}

function main() {
  const command = process.argv.includes('--for-packaging') ? 'npm run dist' : 'npm start'
  const fail = (message) => {
    console.error(`\n[prepare-electron] ${message}\n`)
    process.exit(1)
  }
  const tooOld = nodeVersionProblem(process.version, command)
  if (tooOld) fail(tooOld)

  const require = createRequire(import.meta.url)
  const root = repoRoot(import.meta.url)
  const electronDir = path.dirname(require.resolve('electron/package.json'))
  const electronVersion = require('electron/package.json').version
  const run = (tool, args, cwd) => spawnSync(process.execPath, [tool, ...args], { cwd, stdio: 'inherit' }).status

  // 1. The Electron binary (its install script was skipped at `npm install`, see package.json allowScripts).
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    console.log(`[prepare-electron] downloading Electron ${electronVersion} …`)
    if (run(path.join(electronDir, 'install.js'), [], electronDir) !== 0) {
      fail('The Electron binary could not be downloaded (no internet?). Use `npm run web` for the browser preview instead.')
    }
  }

  // 2. better-sqlite3 for Electron's ABI.
  const resolveTool = (id) => {
    try {
      return require.resolve(id)
    } catch {
      return null
    }
  }
  const r = buildNativeModule({
    paths: nativePaths(root),
    sqliteDir: path.dirname(require.resolve('better-sqlite3/package.json')),
    electronVersion,
    platform: process.platform,
    arch: process.arch,
    run,
    tools: { prebuildInstall: resolveTool('prebuild-install/bin.js'), nodeGyp: resolveTool('node-gyp/bin/node-gyp.js') ?? process.env.npm_config_node_gyp ?? null },
    log: (m) => console.log(`[prepare-electron] ${m}`),
  })
  if (!r.ok) fail(r.message)
  console.log(`[prepare-electron] ready (better-sqlite3: ${r.how})`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main()
