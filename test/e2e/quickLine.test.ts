import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Channel, RequestOf } from '../../shared/ipc'
import { ARTIFACTS, callHost, startPreview, type Preview } from './harness'

// One typed line and Enter, in Chromium against the preview host on its test clock:
// Tuesday 2026-12-01 15:20 KST, inside business hours.
const NOW = '2026-12-01T15:20:00+09:00'

describe('quick entry: one line is enough', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)
  const title = (page: Page) => page.locator('input[name="title"]')
  const chips = (page: Page) => page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')))
  const saved = async (t: string) => {
    const list = await api('issues.list', {})
    const summary = list.find((i) => i.title === t)
    expect(summary, `an issue titled ${t}`).toBeDefined()
    return (await api('issues.get', { id: summary!.id })).issue
  }

  beforeAll(async () => {
    preview = await startPreview({ now: NOW })
    await api('customers.save', { name: '한빛은행', renewal: 'production' })
  })
  afterAll(async () => preview?.stop())

  it('three lines typed with the keyboard become three issues with the fields they name', async () => {
    const page = await preview.open('quick.html')
    await title(page).waitFor()
    // the directory is loaded when the known customer's card appears for its name
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('title')

    await page.keyboard.type('한빛은행 운영 DB 중단 sev2 어제 오후 3시부터')
    await expect.poll(() => chips(page)).toEqual(['customer', 'track', 'severity', 'time'])
    await page.getByTestId('known-customer').waitFor()
    await page.keyboard.press('Enter')
    await page.getByTestId('saved-banner').waitFor()
    expect(await saved('운영 DB 중단')).toMatchObject({
      customerName: '한빛은행',
      track: 'critical',
      severity: 2,
      renewal: 'production',
      firstOccurredAt: '2026-11-30T06:00:00.000Z',
      status: 'new',
    })

    await expect.poll(() => title(page).inputValue()).toBe('')
    await page.keyboard.type('@신한캐피탈 백업 실패 베이직 #12345678 2시간 전')
    await expect.poll(() => chips(page)).toEqual(['customer', 'problemType', 'renewal', 'caseNumber', 'time'])
    await page.keyboard.press('Alt+1') // no track word in this line: the user picks one
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await api('issues.list', {})).length).toBe(2)
    const second = await saved('백업 실패')
    // the test clock runs on from NOW: the case was opened at logging, a few seconds in
    expect(second.caseOpenedAt).toBe(second.loggedAt)
    expect(Date.parse(second.loggedAt) - Date.parse(NOW)).toBeLessThan(60_000)
    expect(second).toMatchObject({
      customerName: '신한캐피탈',
      track: 'general',
      problemType: 'backup',
      severity: 3,
      renewal: 'basic',
      caseNumber: '12345678',
      status: 'caseOpen',
      firstOccurredAt: '2026-12-01T04:20:00.000Z', // 2시간 전, to the minute
    })
    const customers = await api('customers.list', {})
    expect(customers.find((c) => c.name === '신한캐피탈')).toMatchObject({ renewal: 'basic' })

    await expect.poll(() => title(page).inputValue()).toBe('')
    await page.keyboard.type('PoC중 고객 VBR 설치 문의 sev3 오늘 오전 10시')
    await expect.poll(() => chips(page)).toEqual(['status', 'problemType', 'severity', 'time'])
    await page.screenshot({ path: path.join(ARTIFACTS, 'quickline-chips-light.png') })
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await api('issues.list', {})).length).toBe(3)
    expect(await saved('PoC중 고객 VBR 설치 문의')).toMatchObject({
      customerName: '',
      customerStatus: 'poc',
      track: 'sales',
      problemType: 'install',
      severity: 3,
      renewal: 'production',
      firstOccurredAt: '2026-12-01T01:00:00.000Z',
    })
    await page.close()
  })

  it('the chips read in dark mode at 200 % (screenshots in test/artifacts)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await preview.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', colorScheme, deviceScaleFactor: 2, viewport: { width: 640, height: 560 } })
      const page = await context.newPage()
      await page.goto(`${preview.url}quick.html#token=${preview.token}`)
      await title(page).waitFor()
      await page.evaluate(() => ((document.body.style as unknown as { zoom: string }).zoom = '2'))
      await page.keyboard.type('한빛은행 운영 서버 다운 sev2 베이직 #12345678 어제 밤 11시')
      await expect.poll(() => chips(page)).toEqual(['customer', 'track', 'severity', 'renewal', 'caseNumber', 'time'])
      await page.screenshot({ path: path.join(ARTIFACTS, `quickline-chips-${colorScheme}-200.png`), fullPage: true })
      await context.close()
    }
  })
})
