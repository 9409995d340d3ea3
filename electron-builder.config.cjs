// Packaging: `npm run dist` (Node ≥ 22.12) builds the installer for the OS it runs on — Windows
// NSIS (per user, no admin rights), macOS dmg, Linux AppImage. Tested in test/scripts/packaging.test.ts.
//
// better-sqlite3: the Electron-ABI build made by scripts/prepare-electron.mjs (.electron-native/)
// is shipped as resources/native/better_sqlite3.node, which electron/main loads when packaged.
// electron-builder's own rebuild is off: it would rebuild node_modules/better-sqlite3 in place,
// and `npm test` (Node) could no longer load it afterwards.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'kr.partner.veeam-escalation-tray', // also the Windows AppUserModelID (electron/main/index.ts): toasts need them equal
  productName: 'Veeam Escalation Tray',
  directories: { output: 'dist' },
  files: [
    'out/**',
    'package.json',
    // the Node build and the C sources of better-sqlite3 are not needed in the app
    '!node_modules/better-sqlite3/build/**',
    '!node_modules/better-sqlite3/deps/**',
    '!node_modules/better-sqlite3/src/**',
    '!**/*.map',
  ],
  extraResources: [
    { from: 'resources', to: 'resources' },
    { from: '.electron-native/better_sqlite3.node', to: 'native/better_sqlite3.node' },
  ],
  asar: true,
  // Nothing native is inside the asar (the one native module is an extra resource beside it).
  asarUnpack: [],
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Electron fuses, flipped in the packaged binary (@electron/fuses through electron-builder).
  // grantFileProtocolExtraPrivileges stays at Electron's default (on): the pages are file:// (loadFile)
  // and load their module scripts over file://; turning it off needs the pages served from a custom
  // protocol first (Electron's security guide, item 18).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  },
  win: { target: 'nsis', icon: 'resources/icons/app.png' },
  nsis: {
    oneClick: false,
    perMachine: false, // installs under %LOCALAPPDATA%: no administrator rights
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createStartMenuShortcut: true, // Windows shows toasts of an app only through its Start-menu shortcut's AppUserModelID
    createDesktopShortcut: false,
  },
  mac: { target: 'dmg', category: 'public.app-category.productivity', icon: 'resources/icons/app.png', extendInfo: { LSUIElement: true } },
  linux: { target: 'AppImage', category: 'Office', icon: 'resources/icons/app.png' },
}
