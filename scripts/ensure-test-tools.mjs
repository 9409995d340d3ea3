// Before `vitest run`: make sure the e2e browser and the PDF tools exist. Installs Debian's
// packages when it can (root + apt-get); otherwise stops with what to install. Never a silent skip.
import { execSync, spawnSync } from 'node:child_process'
import { findBrowser } from './find-browser.mjs'

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const missing = []
if (!findBrowser()) missing.push('chromium')
if (!has('pdftoppm') || !has('pdftotext')) missing.push('poppler-utils')
// Korean glyphs in screenshots and in the LibreOffice rendering of the DOCX.
const koreanFont = has('fc-list') && execSync('fc-list :lang=ko family', { encoding: 'utf8' }).trim() !== ''
if (!koreanFont) missing.push('fonts-noto-cjk')

if (missing.length) {
  const isRoot = process.getuid?.() === 0
  if (isRoot && has('apt-get')) {
    console.log(`[test tools] installing ${missing.join(' ')} with apt-get …`)
    execSync('apt-get update -qq', { stdio: 'inherit' })
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit' })
  } else {
    console.error(
      `[test tools] missing: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}), or set CHROMIUM_PATH to a Chrome/Chromium/Edge binary.`,
    )
    process.exit(1)
  }
}
console.log(`[test tools] browser: ${findBrowser()}`)
