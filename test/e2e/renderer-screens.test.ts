import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, callHost, sev1WithoutSe, startPreview, type Preview } from './harness'
import type { Channel, RequestOf } from '../../shared/ipc'

/** The screens people use all day, driven in Chromium against the preview host (issue 6). */
describe('renderer screens', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `renderer-${name}.png`), fullPage: true })
  const dueOf = (page: Page, stepId: string) => page.locator(`[data-step-id="${stepId}"] [data-testid="step-due"]`).getAttribute('data-due')

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING }) // due times in business hours, away from any closing
  })
  afterAll(async () => preview?.stop())

  it('quick-logs with the keyboard only; Enter during a Hangul IME composition does not save', async () => {
    const page = preview.page
    await page.locator('input[name="title"]').waitFor()
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('title')
    await page.keyboard.type('VBR 12.3 ') // digits in the title are text, not track keys
    expect(await page.locator('input[name="title"]').inputValue()).toBe('VBR 12.3 ')
    expect(await page.locator('[data-track][aria-pressed="true"]').count()).toBe(0)
    await page.keyboard.press('Alt+2') // the form is valid from here on: only the IME guard can stop a save
    await expect.poll(() => page.locator('[data-track="critical"]').getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('input[name="title"]').inputValue()).toBe('VBR 12.3 ')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.imeSetComposition', { text: '백', selectionStart: 1, selectionEnd: 1 })
    await page.keyboard.press('Enter') // confirms the syllable under a real IME: must not save
    await page.waitForTimeout(300)
    expect(await page.getByTestId('saved-banner').count()).toBe(0)
    await cdp.send('Input.insertText', { text: '백업' })
    await page.keyboard.type(' 작업 실패')
    await page.keyboard.press('Tab') // → the track group
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-track'))).toBe('critical')
    await page.keyboard.press('Tab') // → customer
    await page.keyboard.type('키보드물산 2')
    await page.keyboard.press('Tab') // → renewal (required for a new customer)
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('renewal')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.field-error').allInnerTexts()).toContain('Production 또는 Basic을 선택하세요')
    expect(await page.locator('input[name="title"]').inputValue()).toBe('VBR 12.3 백업 작업 실패')
    await page.keyboard.press('p')
    await shot(page, 'quick-filled')
    await page.keyboard.press('Enter')
    const banner = page.getByTestId('saved-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('지금 케이스 오픈 → 등록양식 제출 → 1시간 내 총판 엔지니어·Veeam SE 전화')
    await shot(page, 'quick-saved')
    const issues = await api('issues.list', {})
    expect(issues.map((i: { title: string }) => i.title)).toContain('VBR 12.3 백업 작업 실패')
    expect(issues.find((i: { title: string }) => i.title === 'VBR 12.3 백업 작업 실패')).toMatchObject({ track: 'critical', renewal: 'production', customerName: '키보드물산 2' })
  })

  it('title → Tab → 1/2/3 → Enter logs an issue; the hint says how', async () => {
    const page = await preview.open('quick.html')
    await page.locator('input[name="title"]').waitFor()
    expect(await page.locator('.track-hint').innerText()).toBe('Tab → 1/2/3 또는 Alt+1/2/3')
    await page.keyboard.type('Tape job 3회 실패 — v12.1')
    await page.keyboard.press('Tab')
    await page.keyboard.press('3')
    await expect.poll(() => page.locator('[data-track="sales"]').getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('ArrowLeft') // arrows move within the group
    await expect.poll(() => page.locator('[data-track="critical"]').getAttribute('aria-pressed')).toBe('true')
    await page.keyboard.press('1')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-track'))).toBe('general')
    await page.keyboard.press('Enter')
    await page.getByTestId('saved-banner').waitFor()
    const issues = await api('issues.list', {})
    expect(issues.find((i: { title: string }) => i.title === 'Tape job 3회 실패 — v12.1')).toMatchObject({ track: 'general' })
    await page.close()
  })

  it('refuses Sev1 without a Veeam Korea SE, with the message next to the severity field', async () => {
    const page = await preview.open('quick.html')
    expect(await sev1WithoutSe(page, '운영 서버 2대 다운')).toBe('Sev1은 Veeam Korea SE와 사전 협의 후 설정합니다 — 지금은 Sev2로 등록하고 협의 후 올리세요')
    expect(await page.locator('input[name="title"]').inputValue()).toBe('운영 서버 2대 다운')
    await shot(page, 'quick-sev1-refused')
    await page.close()
  })

  it('marking a step done moves the next deadline', async () => {
    const issue = await api('issues.create', { title: '프록시 설치 후 작업 실패', track: 'general', renewal: 'basic', problemType: 'install' })
    const page = await preview.open(`index.html#/issue/${issue.id}`)
    await page.locator('[data-step-id="G4"] [data-testid="step-due"]').waitFor()
    const before = await dueOf(page, 'G4')
    await page.getByRole('button', { name: 'G3 완료' }).click()
    await page.locator('.mark-form button.primary').click()
    await expect.poll(() => page.locator('[data-step-id="G3"]').getAttribute('data-state')).toBe('done')
    await expect.poll(() => dueOf(page, 'G4')).not.toBe(before)
    expect(new Date((await dueOf(page, 'G4'))!).getTime()).toBeLessThan(new Date(before!).getTime())
    await shot(page, 'workbench')
    await page.close()
  })

  it('a settings change moves a due time', async () => {
    const issue = await api('issues.create', { title: '설정 변경 확인', track: 'general', renewal: 'production' })
    const page = await preview.open(`index.html#/issue/${issue.id}`)
    await page.locator('[data-step-id="G2"] [data-testid="step-due"]').waitFor()
    const before = await dueOf(page, 'G2')
    await page.evaluate(() => (location.hash = '#/settings'))
    const g2 = page.locator('input[name="domain.playbook.g2SelfTroubleshootBusinessDays"]')
    await g2.fill('2')
    await page.getByTestId('settings-save').click()
    await page.getByRole('status').filter({ hasText: '설정을 저장했습니다' }).waitFor()
    await shot(page, 'settings')
    await page.evaluate((id) => (location.hash = `#/issue/${id}`), issue.id)
    await expect.poll(() => dueOf(page, 'G2')).not.toBe(before)
    await page.close()
  })

  it('search finds an issue by a Korean 2-character substring', async () => {
    await api('issues.create', { title: '테이프 복구 속도 저하', track: 'general', renewal: 'basic', problemType: 'performance' })
    const page = await preview.open('index.html')
    await page.getByTestId('issue-row').first().waitFor()
    await page.locator('input[name="query"]').fill('록시')
    await expect.poll(() => page.getByTestId('issue-row').allInnerTexts()).toEqual([expect.stringContaining('프록시 설치 후 작업 실패')])
    await page.locator('input[name="query"]').fill('복구')
    await expect.poll(() => page.getByTestId('issue-row').allInnerTexts()).toEqual([expect.stringContaining('테이프 복구 속도 저하')])
    await page.locator('input[name="query"]').fill('')
    await expect.poll(() => page.getByTestId('issue-row').count()).toBeGreaterThanOrEqual(3)
    expect(await page.getByTestId('routing-banner').innerText()).toMatch(/예상|24\/7/)
    await shot(page, 'dashboard')
    await page.getByTestId('issue-row').first().click()
    await page.waitForURL(/#\/issue\/\d+/)
    await page.close()
  })
})
