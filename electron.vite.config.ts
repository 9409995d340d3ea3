import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META, DEV_SERVER_CONTENT_SECURITY_POLICY } from './shared/ipc/csp'

/**
 * Every built page carries the app's one CSP (shared/ipc/csp.ts) as its first <meta>; the dev
 * server's pages (`npm run dev`, command 'serve') get the relaxed dev policy, never a build.
 */
export const cspMeta = (): Plugin => {
  let policy = CONTENT_SECURITY_POLICY_META
  return {
    name: 'csp-meta',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_SERVER_CONTENT_SECURITY_POLICY
    },
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // `preview` is the preview host: the same core services without Electron (npm run web).
        input: { index: resolve('electron/main/index.ts'), preview: resolve('electron/preview/index.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything, emit CommonJS.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), quick: resolve('renderer/quick.html') },
      },
    },
  },
})
