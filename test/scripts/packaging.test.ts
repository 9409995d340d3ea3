import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import pkg from '../../package.json'

// The packaging configuration as data (electron-builder itself is not run here: it needs Node ≥ 22.12
// and Electron's binaries). Checked separately with electron-builder 26's own schema validator.
const config = createRequire(import.meta.url)('../../electron-builder.config.cjs')

describe('packaging configuration (electron-builder.config.cjs)', () => {
  it('flips the hardening fuses: no RunAsNode, no NODE_OPTIONS or --inspect, encrypted cookies, only the integrity-checked asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    expect(config.asar).toBe(true)
  })

  it('never rebuilds node_modules/better-sqlite3 in place; ships the Electron build made by prepare-electron beside the asar', () => {
    expect(config.npmRebuild).toBe(false)
    expect(config.nodeGypRebuild).toBe(false)
    expect(config.buildDependenciesFromSource).toBe(false)
    expect(config.extraResources).toContainEqual({ from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' })
    expect(config.files).toContain('!node_modules/better-sqlite3/build/**') // the Node build stays out of the app
    expect(config.asarUnpack).toEqual([]) // nothing native inside the asar
  })

  it('builds NSIS per user (no admin), dmg and AppImage; the appId is the AppUserModelID main sets', async () => {
    expect(config.win.target).toBe('nsis')
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createStartMenuShortcut: true })
    expect(config.mac.target).toBe('dmg')
    expect(config.linux.target).toBe('AppImage')
    const fs = await import('node:fs')
    expect(fs.readFileSync('electron/main/index.ts', 'utf8')).toContain(`const APP_ID = '${config.appId}'`)
  })

  it('npm run dist prepares the native module (with its Node check) before building and packaging; npm start the same', () => {
    expect(pkg.scripts.dist).toMatch(/^node scripts\/prepare-electron\.mjs --for-packaging && electron-vite build && electron-builder --config electron-builder\.config\.cjs/)
    expect(pkg.scripts.prestart).toBe('node scripts/prepare-electron.mjs')
    for (const tool of ['electron-builder', '@electron/fuses', 'prebuild-install']) expect(pkg.devDependencies).toHaveProperty([tool])
    expect(pkg.dependencies).toHaveProperty(['electron-log'])
  })
})
