import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, launchBrowser, startHost, startPreview, type Preview } from './harness'

describe('preview host end to end', () => {
  let preview: Preview | null = null
  afterAll(async () => preview?.stop())

  it('quick-logs an issue with the keyboard, lists it, and keeps it across a host restart', async () => {
    preview = await startPreview()
    const quick = preview.page
    await quick.locator('input[name="title"]').waitFor()
    await expect.poll(() => quick.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('title')
    await quick.keyboard.type('백업 작업 실패 — VBR 12.3')
    await quick.keyboard.press('Tab') // title → the track group
    await quick.keyboard.press('2')
    await expect.poll(() => quick.locator('[aria-pressed="true"]').count()).toBeGreaterThan(0)
    await quick.keyboard.press('Enter')
    await quick.getByTestId('saved-banner').waitFor()

    const dashboard = await preview.open('index.html')
    await expect.poll(() => dashboard.getByTestId('issue-row').allInnerTexts(), { timeout: 10_000 }).toEqual([
      expect.stringContaining('백업 작업 실패 — VBR 12.3'),
    ])
    await dashboard.screenshot({ path: path.join(ARTIFACTS, 'foundation-dashboard.png'), fullPage: true })

    const dataDir = preview.dataDir
    await preview.stop()
    preview = await startPreview({ dataDir })
    const again = await preview.open('index.html')
    await expect.poll(() => again.getByTestId('issue-row').allInnerTexts(), { timeout: 10_000 }).toEqual([
      expect.stringContaining('백업 작업 실패'),
    ])
  })

  it('answers 401 without the token and a clear error for a payload that fails its schema', async () => {
    const host = await startHost()
    try {
      const noToken = await fetch(`${host.url}api/issues.list`, { method: 'POST', body: '{}' })
      expect(noToken.status).toBe(401)
      const bad = await fetch(`${host.url}api/issues.create`, {
        method: 'POST',
        headers: { 'X-Api-Token': host.token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: '', track: 'urgent' }),
      })
      const reply = await bad.json()
      expect(reply.ok).toBe(false)
      expect(reply.error.code).toBe('invalid')
      expect(reply.error.fields).toMatchObject({ title: '제목을 입력하세요', track: expect.any(String) })
      const list = await fetch(`${host.url}api/issues.list`, { method: 'POST', headers: { 'X-Api-Token': host.token }, body: '{}' })
      expect((await list.json()).value).toEqual([])
      // Malformed escapes get an answer, and the host stays up.
      expect((await fetch(`${host.url}%E0%A4%A`)).status).toBe(404)
      const badChannel = await fetch(`${host.url}api/%E0%A4%A`, { method: 'POST', headers: { 'X-Api-Token': host.token }, body: '{}' })
      expect((await badChannel.json()).error.code).toBe('unknownChannel')
      // The page itself carries the strict CSP.
      const page = await fetch(`${host.url}index.html`)
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    } finally {
      await host.stop()
    }
  })

  it('serves a page that renders in Chromium without console errors', async () => {
    const host = await startHost()
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      await page.goto(`${host.url}index.html#token=${host.token}`)
      await page.locator('#root > *').first().waitFor()
      await page.waitForTimeout(500)
      expect(errors).toEqual([])
      expect(fs.existsSync(path.join(host.dataDir, 'veeam-escalation.db'))).toBe(true)
    } finally {
      await browser.close()
      await host.stop()
    }
  })
})
