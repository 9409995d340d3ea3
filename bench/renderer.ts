import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchBrowser, startHost } from '../test/e2e/harness'
import { fmtMs, pct, report } from './measure'

/** The JS a page loads: its entry chunk plus every chunk it imports, from the built HTML. */
function pageScripts(html: string, dir: string): string[] {
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const code = fs.readFileSync(path.join(dir, file), 'utf8')
    for (const m of code.matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1] ?? m[2])
  }
  for (const m of html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)) visit(m[1])
  return [...files]
}

export async function runRendererBench(): Promise<void> {
  console.log('\nrenderer (built by electron-vite; run `npm run build` first)')
  const root = 'out/renderer'
  const assets = path.join(root, 'assets')
  for (const page of ['quick', 'index']) {
    const files = pageScripts(fs.readFileSync(path.join(root, `${page}.html`), 'utf8'), assets)
    const gz = files.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(assets, f))).length, 0)
    const kb = gz / 1024
    report(`${page}.html JavaScript, gzipped (${files.length} files)`, `${kb.toFixed(1)} kB`, page === 'quick' ? '≤ 150 kB' : undefined, kb <= 150)
  }

  const host = await startHost()
  const browser = await launchBrowser()
  try {
    const times: number[] = []
    for (let i = 0; i < 12; i++) {
      const page = await browser.newPage()
      const t0 = Date.now()
      await page.goto(`${host.url}quick.html#token=${host.token}`)
      await page.locator('[name=title]:focus').waitFor() // a selector, not an evaluated string: the page's CSP forbids eval
      if (i >= 2) times.push(Date.now() - t0) // the first loads warm the host's file cache
      await page.close()
    }
    times.sort((a, b) => a - b)
    report('quick entry: page load → focused title field (Chromium)', `median ${fmtMs(pct(times, 50))}`)
  } finally {
    await browser.close()
    await host.stop()
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/renderer.ts')) void runRendererBench()
