import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildNativeModule, nativePaths, nodeVersionProblem, repoRoot } from '../../scripts/prepare-electron.mjs'

/** A checkout in a folder whose name has a space, Hangul and `#`, with a stand-in better-sqlite3 package. */
function checkout(name = '업무 폴더 #2') {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prep-')), name, 'veeam tray')
  const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3')
  fs.mkdirSync(path.join(sqliteDir, 'build', 'Release'), { recursive: true })
  fs.writeFileSync(path.join(sqliteDir, 'package.json'), '{"name":"better-sqlite3"}')
  fs.writeFileSync(path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'), 'NODE ABI build')
  return { root, sqliteDir }
}

/** Stub tools: each "tool" is a name; `works` says which ones produce the Electron binary. */
function stubRun(works: string[]) {
  const calls: { tool: string; args: string[]; cwd: string }[] = []
  const run = (tool: string, args: string[], cwd: string) => {
    calls.push({ tool, args, cwd })
    if (!works.includes(tool)) return 1
    fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true })
    fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), `ELECTRON ABI build by ${tool}`)
    return 0
  }
  return { run, calls }
}
const tools = { prebuildInstall: 'prebuild-install', nodeGyp: 'node-gyp' }
const quiet = () => {}

describe('prepare-electron: paths', () => {
  it.each(['업무 폴더 #2', 'with space', '#hash', '한글'])('the repository root from the script URL is the real folder (%s)', (name) => {
    const { root } = checkout(name)
    const url = pathToFileURL(path.join(root, 'scripts', 'prepare-electron.mjs')).href
    expect(url).toMatch(/%|#|%23/) // the URL is percent-encoded; the old `new URL(u).pathname` kept that
    expect(repoRoot(url)).toBe(root)
    expect(nativePaths(repoRoot(url)).binding).toBe(path.join(root, '.electron-native', 'better_sqlite3.node'))
  })

  it('Windows-style paths (path.win32): the output stays beside the checkout, with backslashes', () => {
    const p = nativePaths('C:\\Users\\홍길동\\업무 폴더\\#2\\veeam-tray', path.win32)
    expect(p.binding).toBe('C:\\Users\\홍길동\\업무 폴더\\#2\\veeam-tray\\.electron-native\\better_sqlite3.node')
    expect(p.work).toBe('C:\\Users\\홍길동\\업무 폴더\\#2\\veeam-tray\\.electron-native\\better-sqlite3')
  })
})

describe('prepare-electron: better-sqlite3 for Electron', () => {
  it('uses the published prebuilt binary first, for Electron’s runtime and version, and leaves the Node build alone', () => {
    const { root, sqliteDir } = checkout()
    const { run, calls } = stubRun(['prebuild-install'])
    const r = buildNativeModule({ paths: nativePaths(root), sqliteDir, electronVersion: '45.4.1', platform: 'win32', arch: 'x64', run, tools, log: quiet })
    expect(r).toEqual({ ok: true, how: 'prebuilt binary' })
    expect(calls).toHaveLength(1)
    expect(calls[0].args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '45.4.1', '--platform', 'win32', '--arch', 'x64']))
    expect(calls[0].cwd).toBe(path.join(root, '.electron-native', 'better-sqlite3')) // a copy, not node_modules
    expect(fs.readFileSync(path.join(root, '.electron-native', 'better_sqlite3.node'), 'utf8')).toBe('ELECTRON ABI build by prebuild-install')
    expect(fs.readFileSync(path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE ABI build')
    // a second run with the same Electron version does nothing
    expect(buildNativeModule({ paths: nativePaths(root), sqliteDir, electronVersion: '45.4.1', platform: 'win32', arch: 'x64', run, tools, log: quiet })).toEqual({ ok: true, how: 'cached' })
    expect(calls).toHaveLength(1)
  })

  it('compiles only when no prebuilt binary fits', () => {
    const { root, sqliteDir } = checkout()
    const { run, calls } = stubRun(['node-gyp'])
    const r = buildNativeModule({ paths: nativePaths(root), sqliteDir, electronVersion: '45.4.1', platform: 'linux', arch: 'arm64', run, tools, log: quiet })
    expect(r).toEqual({ ok: true, how: 'compiling (node-gyp)' })
    expect(calls.map((c) => c.tool)).toEqual(['prebuild-install', 'node-gyp'])
    expect(calls[1].args).toEqual(expect.arrayContaining(['--runtime=electron', '--target=45.4.1']))
  })

  it('when both fail it says what to install, and leaves nothing half-made', () => {
    const { root, sqliteDir } = checkout()
    const { run } = stubRun([])
    const r = buildNativeModule({ paths: nativePaths(root), sqliteDir, electronVersion: '45.4.1', platform: 'win32', arch: 'x64', run, tools, log: quiet })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/Visual Studio Build Tools/)
    expect(fs.existsSync(path.join(root, '.electron-native', 'better_sqlite3.node'))).toBe(false)
    expect(fs.existsSync(path.join(root, '.electron-native', 'better-sqlite3'))).toBe(false)
    expect(fs.readFileSync(path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('NODE ABI build')
  })
})

describe('prepare-electron: Node version', () => {
  it('npm start and npm run dist need Node 22.12+, and say so; tests and the preview stay on Node 20', () => {
    expect(nodeVersionProblem('v20.20.2', 'npm start')).toMatch(/`npm start` needs Node 22\.12 or later \(this is Node v20\.20\.2\).*npm run web/s)
    expect(nodeVersionProblem('v22.11.0', 'npm run dist')).toMatch(/npm run dist/)
    expect(nodeVersionProblem('v22.12.0', 'npm start')).toBeNull()
    expect(nodeVersionProblem('v24.1.0', 'npm start')).toBeNull()
  })
})
