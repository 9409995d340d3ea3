import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, moveClock, startPreview, type Preview, callHost } from './harness'
import type { Channel, RequestOf } from '../../shared/ipc'

/** Alerts in the main window (issue 7's UI): toasts, opening the issue, snoozing, missed deadlines. */
describe('renderer alerts', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)
  /** Opens the dashboard and waits until its push-event stream is connected and the page listens to it. */
  const openConnected = async (pagePath: string): Promise<Page> => {
    const connected = preview.page.context().waitForEvent('response', (r) => r.url().endsWith('/api/events'))
    const page = await preview.open(pagePath)
    await connected
    // The list is fetched from an effect: once it shows, the alert subscription (also an effect) is in place.
    await page.locator('.list-card .empty, [data-testid="issue-row"]').first().waitFor()
    return page
  }

  beforeAll(async () => {
    // A Wednesday morning on the host's test clock: far from the Basic closing, whatever the wall clock says.
    preview = await startPreview({ now: BUSINESS_MORNING })
  })
  afterAll(async () => preview?.stop())

  it('a deadline alert shows a toast that stays until clicked, and the click opens the issue', async () => {
    const page = await openConnected('index.html')
    // A critical issue owes "open the case now" at once: the clock alerts right after logging.
    const first = await api('issues.create', { title: '운영 DB 백업 중단', track: 'critical', renewal: 'production', customerName: '한빛은행' })
    const toast = page.getByTestId('alert-toast')
    await toast.first().waitFor({ timeout: 10_000 })
    expect(await toast.first().getAttribute('role')).toBe('alert')
    expect(await toast.first().innerText()).toContain('한빛은행')
    expect(await toast.first().innerText()).toContain('즉시 케이스 오픈')

    const second = await api('issues.create', { title: '복제 작업 지연', track: 'sales', renewal: 'basic', customerName: '새봄물산', customerStatus: 'poc' })
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(2)
    expect(await toast.first().innerText()).toContain('새봄물산') // newest on top
    await page.waitForTimeout(1500)
    expect(await toast.count()).toBe(2) // no timeout: they stay
    await page.screenshot({ path: path.join(ARTIFACTS, 'renderer-alert-toasts.png') })

    // Dismissing one leaves the other.
    await toast.first().getByRole('button', { name: '알림 닫기' }).click()
    await expect.poll(() => toast.count()).toBe(1)
    expect(await page.evaluate(() => location.hash)).not.toContain('#/issue/')
    expect(second.id).toBeGreaterThan(first.id)

    await toast.first().click()
    await page.waitForURL(new RegExp(`#/issue/${first.id}$`))
    await expect.poll(() => toast.count()).toBe(0)
    await page.locator('.wb-title h1').filter({ hasText: '운영 DB 백업 중단' }).waitFor()
    await page.close()
  })

  it('the workbench snoozes an issue’s alerts for 10 minutes or an hour', async () => {
    const issue = await api('issues.create', { title: '프록시 연결 끊김', track: 'general', renewal: 'production' })
    const page = await preview.open(`index.html#/issue/${issue.id}`)
    const snooze = page.getByTestId('snooze')
    await snooze.waitFor()
    await snooze.getByRole('button', { name: '10분' }).click()
    await snooze.getByRole('status').filter({ hasText: '까지 알림을 미뤘습니다' }).waitFor()
    await expect.poll(() => page.locator('.timeline .ev-snoozed').allInnerTexts(), { timeout: 10_000 }).toEqual([expect.stringContaining('알림 미룸 10분')])
    await snooze.getByRole('button', { name: '1시간' }).click()
    await expect.poll(() => page.locator('.timeline .ev-snoozed').count(), { timeout: 10_000 }).toBe(2)
    await page.close()
  })

  it('the dashboard lists deadlines missed while the app was closed, each opening its issue', async () => {
    const issue = await api('issues.create', { title: '야간 백업 실패', track: 'general', renewal: 'basic', customerName: '가람물류' })
    const context = preview.page.context()
    // The clock reports these once at start; the list's look is checked with a stubbed reply.
    await context.route('**/api/alerts.missed', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: true,
          value: [
            { issueId: issue.id, customerName: '가람물류', title: '야간 백업 실패', target: 'G2', targetLabel: '자체 트러블슈팅 (1일)', dueAt: '2026-03-02T09:00:00.000Z' },
            { issueId: issue.id, customerName: '가람물류', title: '야간 백업 실패', target: 'target', targetLabel: '목표 응답', dueAt: '2026-03-02T11:30:00.000Z' },
          ],
        }),
      }),
    )
    try {
      const page = await preview.open('index.html')
      const missed = page.getByTestId('missed-alerts')
      await missed.waitFor()
      expect(await missed.getByRole('heading').innerText()).toContain('앱이 꺼져 있는 동안 지난 마감')
      expect(await missed.getByTestId('missed-item').allInnerTexts()).toEqual([
        expect.stringMatching(/3\/2.*18:00[\s\S]*자체 트러블슈팅 \(1일\)[\s\S]*가람물류[\s\S]*야간 백업 실패/),
        expect.stringMatching(/20:30[\s\S]*목표 응답/),
      ])
      await page.screenshot({ path: path.join(ARTIFACTS, 'renderer-missed.png') })
      await missed.getByTestId('missed-item').first().getByRole('link').click()
      await page.waitForURL(new RegExp(`#/issue/${issue.id}$`))
      await page.close()
    } finally {
      await context.unroute('**/api/alerts.missed')
    }
  })

  it('follows the host’s test clock: the coverage line counts from the host’s now, and 17:45 brings the Basic closing-soon toast', async () => {
    const page = await openConnected('index.html')
    const waiting = await api('issues.create', { title: '첫 응답 대기', track: 'general', renewal: 'basic', customerName: '마감상사' })
    // The warning is about a case open at Veeam that still waits for its first response.
    await api('issues.openCase', { id: waiting.id, caseNumber: '07712345', at: '2026-12-02T01:00:00.000Z' })
    const coverage = page.getByTestId('coverage')
    // 10:00 on a Wednesday: open, about 8 hours to 18:00 (the wall clock may say the night or a Sunday).
    await expect.poll(() => coverage.innerText()).toMatch(/^Basic 지원 중 · .*([78]:\d\d|[78]시간)/)
    const closing = page.getByTestId('alert-toast').filter({ hasText: '마감상사' }).filter({ hasText: /Basic/ })
    expect(await closing.count()).toBe(0)

    await moveClock(preview, { setTo: '2026-12-02T17:45:00+09:00' })
    await closing.first().waitFor({ timeout: 10_000 })
    await expect.poll(() => coverage.innerText()).toMatch(/^Basic 지원 중 · .*(1[45]분|0:1[45])/)
    expect(await page.locator('.closing-note').count()).toBe(1)
    await page.close()
  })
})
