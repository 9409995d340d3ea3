import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, launchBrowser, moveClock, startHost, startPreview, type Preview } from './harness'

describe('preview host end to end', () => {
  let preview: Preview | null = null
  afterAll(async () => preview?.stop())

  it('quick-logs an issue with the keyboard, lists it, and keeps it across a host restart', async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
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
    preview = await startPreview({ dataDir, now: '2026-12-02T10:05:00+09:00' }) // restarted a few minutes later
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

  it('moves the clock only on a host started with --now, and app.info tells the moved now', async () => {
    const plain = await startHost()
    try {
      const res = await fetch(`${plain.url}api/test.clock`, {
        method: 'POST',
        headers: { 'X-Api-Token': plain.token, 'Content-Type': 'application/json' },
        body: JSON.stringify({ advanceMs: 60_000 }),
      })
      expect((await res.json()).error.code).toBe('unknownChannel')
    } finally {
      await plain.stop()
    }
    const host = await startHost(undefined, {}, { now: '2027-02-05T17:59:00+09:00' })
    try {
      const info = async () => (await (await fetch(`${host.url}api/app.info`, { method: 'POST', headers: { 'X-Api-Token': host.token }, body: '{}' })).json()).value.now
      const started = Date.parse(await info())
      expect(started).toBeGreaterThanOrEqual(Date.parse('2027-02-05T08:59:00Z'))
      expect(started).toBeLessThan(Date.parse('2027-02-05T09:00:00Z'))
      expect(Date.parse(await moveClock(host, { advanceMs: 3_600_000 }))).toBeGreaterThanOrEqual(Date.parse('2027-02-05T09:59:00Z'))
      expect(await moveClock(host, { setTo: '2027-02-09T09:00:00+09:00' })).toBe('2027-02-09T00:00:00.000Z')
      expect(Date.parse(await info()) - Date.parse('2027-02-09T00:00:00Z')).toBeLessThan(5_000)
      const bad = await fetch(`${host.url}api/test.clock`, { method: 'POST', headers: { 'X-Api-Token': host.token }, body: JSON.stringify({ setTo: '내일' }) })
      expect((await bad.json()).error.code).toBe('invalid')
      const noToken = await fetch(`${host.url}api/test.clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 1 }) })
      expect(noToken.status).toBe(401)
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
