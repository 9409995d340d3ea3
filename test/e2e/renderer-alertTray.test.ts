import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, callHost, startPreview, type Preview } from './harness'
import type { Channel, RequestOf } from '../../shared/ipc'

/**
 * Every visible control of the page that something else covers at its centre (e.g. a toast).
 * A control counts as reachable when the topmost element at its centre is itself or inside it.
 */
async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea, main a[href]')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      if (top && !el.contains(top) && !top.contains(el)) covered.push(`${el.tagName.toLowerCase()}[${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 20)}] under ${top.className}`)
    }
    return covered
  })
}

describe('the alert tray never covers the work', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
  })
  afterAll(async () => preview?.stop())

  it('with three alerts open, every control of the workbench stays reachable, wide and narrow; the tray collapses; resolving an issue closes its toast', async () => {
    const connected = preview.page.context().waitForEvent('response', (r) => r.url().endsWith('/api/events'))
    const page = await preview.open('index.html')
    await connected
    await page.locator('.list-card .empty, [data-testid="issue-row"]').first().waitFor()

    const issues = []
    for (const [title, customerName] of [['운영 DB 백업 중단', '한빛은행'], ['복제 작업 지연', '새봄물산'], ['테이프 작업 실패', '가람물류']]) {
      issues.push(await api('issues.create', { title, track: 'critical', renewal: 'production', customerName }))
    }
    const toast = page.getByTestId('alert-toast')
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(3)

    await page.evaluate((id) => (location.hash = `#/issue/${id}`), issues[0].id)
    await page.locator('.wb-title h1').filter({ hasText: '운영 DB 백업 중단' }).waitFor()
    // The inline step form (its 완료 button was covered before) and the export dialog's footer.
    await page.getByRole('button', { name: 'C5 완료' }).click()
    await page.locator('.mark-form').waitFor()
    expect(await coveredControls(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'alert-tray-workbench-wide.png'), fullPage: false })
    await page.mouse.wheel(0, 2000)
    expect(await coveredControls(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'alert-tray-workbench-wide-scrolled.png') })

    await page.setViewportSize({ width: 900, height: 860 })
    await page.evaluate(() => scrollTo(0, 0))
    expect(await coveredControls(page)).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'alert-tray-workbench-narrow.png') })
    await page.setViewportSize({ width: 1280, height: 860 })

    // Collapsed: one line with the count; opened again: all three.
    await page.getByTestId('alert-tray').getByRole('button', { expanded: true }).click()
    expect(await toast.count()).toBe(0)
    expect(await page.getByTestId('alert-tray').innerText()).toContain('알림 3건')
    await page.screenshot({ path: path.join(ARTIFACTS, 'alert-tray-collapsed.png') })
    await page.getByTestId('alert-tray').getByRole('button', { expanded: false }).click()
    expect(await toast.count()).toBe(3)

    // Resolving an issue closes its toast and only its.
    await api('issues.resolve', { id: issues[1].id })
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(2)
    expect(await page.locator(`[data-testid="alert-toast"][data-issue-id="${issues[1].id}"]`).count()).toBe(0)
    await page.close()
  })
})
