// The house's layer map, written once. Each layer lists the layers (folders) it may import and the
// packages it must not; `layerWalls` turns it into eslint config, the local rule below checks relative
// imports by the folder they resolve to (a pattern on the specifier cannot tell `../core` from `../main`).
import path from 'node:path'
import { builtinModules } from 'node:module'

const NODE_BUILTINS = [...builtinModules, 'node:*']
const NATIVE_OR_NODE = ['electron', 'electron/*', 'better-sqlite3', 'node-schedule', 'docx', 'pdfkit', 'nodemailer', 'exceljs', 'electron-log', 'electron-log/*']
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Element', 'KeyboardEvent', 'fetch', 'EventSource', 'alert', 'confirm']
const NODE_GLOBALS = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'module', 'exports', 'setImmediate']

/** folder → what it may import of ours, which packages it must not, which globals are foreign to it. */
export const LAYERS = {
  shared: { mayImport: ['shared', 'resources/holidays'], noPackages: [...NODE_BUILTINS, ...NATIVE_OR_NODE, 'react', 'react-dom', 'react/*', 'i18next', 'react-i18next'], noGlobals: [...DOM_GLOBALS, ...NODE_GLOBALS] },
  'electron/core': { mayImport: ['electron/core', 'shared', 'package.json'], noPackages: ['electron', 'electron/*', 'react', 'react-dom'], noGlobals: DOM_GLOBALS },
  'electron/preview': { mayImport: ['electron/preview', 'electron/core', 'shared', 'package.json'], noPackages: ['electron', 'electron/*', 'react', 'react-dom'], noGlobals: DOM_GLOBALS },
  'electron/main': { mayImport: ['electron/main', 'electron/core', 'shared', 'package.json'], noPackages: ['react', 'react-dom'], noGlobals: DOM_GLOBALS },
  // Types are erased from the bundle, so the preload may name the contract's types; its code stays the names.
  'electron/preload': { mayImport: ['electron/preload', 'shared/ipc/names'], mayImportTypes: ['shared/ipc'], noPackages: [...NODE_BUILTINS, ...NATIVE_OR_NODE.filter((p) => !p.startsWith('electron'))], noGlobals: [] },
  renderer: { mayImport: ['renderer', 'shared'], noPackages: [...NODE_BUILTINS, ...NATIVE_OR_NODE], noGlobals: NODE_GLOBALS },
}

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const layerOf = (file) => {
  const rel = path.relative(ROOT, file).split(path.sep).join('/')
  return Object.keys(LAYERS)
    .sort((a, b) => b.length - a.length)
    .find((l) => rel === l || rel.startsWith(`${l}/`))
}
const within = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`) || rel.startsWith(`${folder}.`)

const importWall = {
  meta: { type: 'problem', schema: [], messages: { wall: '{{from}} may not import {{to}} (layer map: scripts/lint/layers.mjs)' } },
  create(context) {
    const from = layerOf(context.filename)
    if (!from) return {}
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), spec)).split(path.sep).join('/')
      if (target.startsWith('..')) return
      const layer = LAYERS[from]
      const typeOnly = node.importKind === 'type' || node.exportKind === 'type'
      const allowed = [...layer.mayImport, ...(typeOnly ? (layer.mayImportTypes ?? []) : [])].some((m) => within(target, m))
      if (!allowed) context.report({ node: node.source, messageId: 'wall', data: { from, to: target } })
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  },
}

export const layersPlugin = { rules: { 'import-wall': importWall } }

// Bare package names only (a relative path never matches): `electron/*` → ^electron/.*$, `fs` → ^fs$.
const packagesRegex = (names) => `^(${names.map((n) => n.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')).join('|')})$`

/** eslint config blocks: one per layer. */
export function layerWalls() {
  return Object.entries(LAYERS).map(([folder, layer]) => ({
    files: [`${folder}/**/*.{ts,tsx,mts}`],
    plugins: { layers: layersPlugin },
    rules: {
      'layers/import-wall': 'error',
      'no-restricted-imports': ['error', { patterns: [{ regex: packagesRegex(layer.noPackages), message: `not in ${folder}/ (layer map: scripts/lint/layers.mjs)` }] }],
      'no-restricted-globals': ['error', ...layer.noGlobals.map((name) => ({ name, message: `${name} is foreign to ${folder}/ (layer map: scripts/lint/layers.mjs)` }))],
    },
  }))
}
