import { execSync } from 'node:child_process'

/** One build of main, preload and renderer for every e2e file (the preview host serves out/). */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD) return
  execSync('npx electron-vite build', { stdio: 'inherit' })
}
