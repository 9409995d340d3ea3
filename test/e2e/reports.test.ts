import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, RequestOf } from '../../shared/ipc'
import { ARTIFACTS, callHost, moveClock, startPreview, type Preview } from './harness'

const kst = (local: string) => new Date(`${local}:00+09:00`).toISOString()

/** 리포트 in Chromium: a November seeded through the channels on the host's test clock. */
describe('the SLA report screen', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)
  const at = async (local: string) => {
    await moveClock(preview, { setTo: kst(local) })
    return kst(local)
  }

  beforeAll(async () => {
    preview = await startPreview({ now: kst('2026-11-06 17:00') })
    const acme = await api('customers.save', { name: 'ACME', status: 'operating', renewal: 'basic', product: 'VBR', version: '12' })
    const hanbit = await api('customers.save', { name: '한빛전자', status: 'operating', renewal: 'production', product: 'VBR', version: '12' })
    const issue = async (title: string, customerId: number, severity: 2 | 3 | 4, opened: string) => {
      await at(opened)
      const { id } = await api('issues.create', { title, track: 'general', customerId, severity, problemType: 'backup' })
      await api('issues.openCase', { id, caseNumber: `0771${id}`, at: kst(opened) })
      return id
    }
    const basic = await issue('금요일 저녁 복구 실패', acme.id, 2, '2026-11-06 17:30')
    const prod = await issue('금요일 저녁 복제 중단', hanbit.id, 2, '2026-11-06 17:31')
    await api('issues.firstResponse', { id: basic, at: await at('2026-11-09 09:59') })
    await api('issues.firstResponse', { id: prod, at: await at('2026-11-09 09:59') })
    const reopened = await issue('증분 백업 반복 실패', hanbit.id, 3, '2026-11-11 09:00')
    await api('issues.firstResponse', { id: reopened, at: await at('2026-11-11 10:00') })
    await api('issues.resolve', { id: reopened, at: await at('2026-11-12 10:00') })
    await api('issues.reopen', { id: reopened, at: await at('2026-11-13 09:00') })
    await api('issues.firstResponse', { id: reopened, at: await at('2026-11-13 16:00') })
    await issue('라이선스 문의', acme.id, 4, '2026-11-30 09:10')
    await at('2026-11-30 11:00')
  }, 120_000)
  afterAll(async () => preview?.stop())

  it('shows this month with charts and tables, lists the issues behind a number, opens one; light and dark', async () => {
    const page = await preview.open('index.html#/reports')
    await page.getByRole('heading', { name: 'SLA 준수 리포트' }).waitFor()
    await expect.poll(() => page.locator('.chip', { hasText: '2026-11' }).count()).toBe(1)
    // Both charts drawn by ECharts (SVG renderer), loaded on demand.
    await expect.poll(() => page.locator('.rep-chart svg').count(), { timeout: 15_000 }).toBe(2)
    const row = (sev: string, renewal: string) => page.locator('.rep-table tr', { has: page.locator(`td:text-is("${sev}")`) }).filter({ has: page.locator(`td:text-is("${renewal}")`) })
    expect(await row('Sev2', 'Production').locator('td').allInnerTexts()).toEqual(['Sev2', 'Production', '1', '0', '1', '0', '0', '0%', '3', '64.47', '64.47', '1']) // opened 17:31, answered Monday 09:59
    expect(await row('Sev3', 'Production').locator('td').allInnerTexts()).toEqual(['Sev3', 'Production', '2', '1', '1', '0', '0', '50%', '6', '1', '7', '2'])
    expect(await row('Sev4', 'Basic').locator('td').allInnerTexts()).toEqual(['Sev4', 'Basic', '1', '0', '0', '1', '0', '–', '24', '–', '–', '0'])
    await page.screenshot({ path: path.join(ARTIFACTS, 'reports-light.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForTimeout(500) // the charts redraw in the dark palette
    await page.screenshot({ path: path.join(ARTIFACTS, 'reports-dark.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })

    // The breached Sev3 Production cycle → the reopened issue → its workbench.
    await row('Sev3', 'Production').locator('td').nth(4).getByRole('button').click()
    const picked = page.locator('.rep-picked')
    await expect.poll(() => picked.locator('h2').innerText()).toBe('Sev3 Production · 위반 — 1건')
    await picked.getByRole('link', { name: /증분 백업 반복 실패/ }).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/issue\/\d+$/)
  })

  it('downloads the PDF named SLA리포트_<기간>_<작성일>.pdf', async () => {
    const page = await preview.open('index.html#/reports')
    await page.getByRole('button', { name: 'PDF' }).waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'PDF' }).isEnabled()).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF' }).click()])
    expect(download.suggestedFilename()).toBe('SLA리포트_2026-11_2026-11-30.pdf')
  })
})
