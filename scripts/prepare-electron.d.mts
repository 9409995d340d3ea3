import type path from 'node:path'

export declare const MIN_NODE: [number, number]
export declare function repoRoot(scriptUrl: string): string
export declare function nativePaths(root: string, p?: typeof path): { outDir: string; binding: string; stamp: string; work: string }
export declare function nodeVersionProblem(version: string, command: string): string | null
export declare function buildNativeModule(o: {
  paths: { outDir: string; binding: string; stamp: string; work: string }
  sqliteDir: string
  electronVersion: string
  platform: string
  arch: string
  run(tool: string, args: string[], cwd: string): number | null
  tools: { prebuildInstall: string | null; nodeGyp: string | null }
  log(message: string): void
}): { ok: true; how: string } | { ok: false; message: string }
