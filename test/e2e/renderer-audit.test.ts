import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, callHost, startPreview, type Preview } from './harness'

/** The quick window's size in Electron (electron/main/windows.ts): frameless, not resizable. */
const QUICK_WINDOW = { width: 560, height: 520 }

/** What a partner engineer tripped on when walking the screens in both languages (the UI audit). */
describe('the screens at the sizes people see them, in Korean and English', () => {
  let preview: Preview
  const setLanguage = async (language: 'ko' | 'en') => {
    const settings = await callHost(preview, 'settings.get', {})
    await callHost(preview, 'settings.update', { settings: { ...settings, language } })
  }
  const openSized = async (pagePath: string, viewport: { width: number; height: number }): Promise<Page> => {
    const context = await preview.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport })
    const page = await context.newPage()
    await page.goto(`${preview.url}${pagePath}#token=${preview.token}`)
    return page
  }

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
    await callHost(preview, 'contacts.save', { name: '이빔', role: 'veeamSe', company: 'Veeam Korea', phone: '02-6000-1234' })
  })
  afterAll(async () => preview?.stop())

  for (const language of ['ko', 'en'] as const) {
    it(`${language}: in the quick window, a new customer's Sev1 draft keeps the save button and the form's message in view`, async () => {
      await setLanguage(language)
      const page = await openSized('quick.html', QUICK_WINDOW)
      await page.locator('input[name="title"]').waitFor()
      await page.keyboard.type('@새고객 운영 서버 다운 sev1') // new customer (renewal row) + Sev1 (consultation panel)
      await page.keyboard.press('Alt+2')
      await page.locator('#q-se').waitFor()
      const save = page.locator('.quick-foot button.primary')
      const box = (await save.boundingBox())!
      expect(box.y + box.height, 'bottom of the save button').toBeLessThanOrEqual(QUICK_WINDOW.height)
      const message = (await page.locator('.quick-foot .form-error').boundingBox())!
      expect(message.y + message.height, "bottom of the form's message line").toBeLessThanOrEqual(QUICK_WINDOW.height)
      // The consultation time's label stands on the line of its own box, not at the end of the SE's line.
      const at = (await page.locator('#q-se-at').boundingBox())!
      const atLabel = (await page.locator('label[for="q-se-at"]').boundingBox())!
      const middle = atLabel.y + atLabel.height / 2
      expect(middle, 'the label of 협의 시각 beside its box').toBeGreaterThan(at.y)
      expect(middle, 'the label of 협의 시각 beside its box').toBeLessThan(at.y + at.height)
      expect(atLabel.x, 'the label before its box').toBeLessThan(at.x)
      await page.screenshot({ path: path.join(ARTIFACTS, `audit-quick-window-${language}.png`) })
      await page.context().close()
    })

    it(`${language}: the routing windows show each region's whole time zone and all seven days inside their card`, async () => {
      await setLanguage(language)
      const page = await openSized('index.html', { width: 1240, height: 820 })
      await page.evaluate(() => (location.hash = '#/settings'))
      const zones = page.locator('input[aria-label$="zone"], input[aria-label$="시간대"]')
      await expect.poll(() => zones.count()).toBe(3)
      for (const zone of await zones.all()) {
        const fits = await zone.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)
        expect(fits, `${await zone.inputValue()} is shown whole`).toBe(true)
      }
      const card = (await page.locator('section.card', { has: zones.first() }).boundingBox())!
      for (const day of await page.locator('section.card .weekdays .day').all()) {
        const b = (await day.boundingBox())!
        expect(b.x + b.width, `${await day.innerText()} inside the card`).toBeLessThanOrEqual(card.x + card.width)
      }
      await page.screenshot({ path: path.join(ARTIFACTS, `audit-settings-routing-${language}.png`), fullPage: true })
      await page.context().close()
    })
  }

  it("the holidays' source says in the UI language where the dates come from, for a verified year and a year computed by rule", async () => {
    const sentences = async (language: 'ko' | 'en') => {
      await setLanguage(language)
      const page = await openSized('index.html', { width: 1240, height: 820 })
      await page.evaluate(() => (location.hash = '#/settings'))
      const source = page.getByTestId('holiday-source')
      await expect.poll(() => page.getByTestId('holiday-status').innerText()).toBe(language === 'ko' ? '검증된 데이터' : 'verified data')
      const verified = await source.innerText()
      for (let i = 0; i < 6; i++) await page.getByRole('button', { name: '+1' }).click() // 2032: no verified data
      await expect.poll(() => page.getByTestId('holiday-status').innerText()).not.toBe(language === 'ko' ? '검증된 데이터' : 'verified data')
      const byRule = await source.innerText()
      await page.context().close()
      return [verified, byRule]
    }
    for (const s of await sentences('ko')) {
      expect(s).toMatch(/[가-힣]/)
      expect(s, 'no file names or English of the developers').not.toMatch(/\.ts|\.md|cross-checked|@/)
    }
    for (const s of await sentences('en')) expect(s, 'no Korean in the English UI').not.toMatch(/[가-힣]/)
  })

  for (const language of ['ko', 'en'] as const) {
    it(`${language}: 데이터 가져오기 first says that it replaces all the data (with a backup first); saying no changes nothing`, async () => {
      await setLanguage(language)
      await callHost(preview, 'issues.create', { title: `가져오기 전 이슈 ${language}`, track: 'general', renewal: 'basic' })
      const before = await callHost(preview, 'issues.list', {})
      const page = await openSized('index.html', { width: 1240, height: 820 })
      await page.evaluate(() => (location.hash = '#/settings'))
      let asked = ''
      page.once('dialog', (d) => {
        asked = d.message()
        void d.dismiss()
      })
      let picker = false
      page.on('filechooser', () => (picker = true))
      await page.getByRole('button', { name: language === 'ko' ? '데이터 가져오기' : 'Import data' }).click()
      await expect.poll(() => asked).not.toBe('')
      expect(asked).toMatch(language === 'ko' ? /모든 데이터.*바뀝니다.*백업/s : /replaces all.*backup/s)
      if (language === 'en') expect(asked).not.toMatch(/[가-힣]/)
      await page.waitForTimeout(300)
      expect(picker, 'no file picker after saying no').toBe(false)
      expect(await callHost(preview, 'issues.list', {})).toEqual(before)
      await page.context().close()
    })
  }

  it('ko: the report names its filters and columns in Korean, with the words the dashboard uses', async () => {
    await setLanguage('ko')
    const page = await openSized('index.html', { width: 1240, height: 820 })
    await page.evaluate(() => (location.hash = '#/reports'))
    await page.getByRole('heading', { name: 'SLA 준수 리포트' }).waitFor()
    await page.locator('.rep-table th').first().waitFor()
    const labels = await page.locator('.rep-row label').evaluateAll((ls) => ls.map((l) => l.firstChild?.textContent?.trim()))
    expect(labels).toEqual(expect.arrayContaining(['갱신 유형', '분류', '고객사']))
    const headers = await page.locator('.rep-table th').allInnerTexts()
    expect(headers).toContain('갱신 유형')
    expect(headers).not.toContain('Renewal')
    // The steps table names each step as the playbook does, not by its code alone.
    const steps = page.locator('.rep-table').nth(1).locator('tbody tr td:first-child')
    expect(await steps.allInnerTexts()).toEqual(expect.arrayContaining(['C2 즉시 케이스 오픈', 'G5 Veeam 케이스 오픈']))
    await page.context().close()
  })
})
