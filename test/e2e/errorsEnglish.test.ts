import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEV1_NEEDS_SE } from '../../shared/model'
import { ARTIFACTS, BUSINESS_MORNING, callHost, sev1WithoutSe, startPreview, type Preview } from './harness'

/** A rule error of the core, shown in the UI language: the English switch on, the core's English sentence on screen. */
describe("the core's errors in the English UI", () => {
  let preview: Preview

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
    const settings = await callHost(preview, 'settings.get', {})
    await callHost(preview, 'settings.update', { settings: { ...settings, language: 'en' } })
  })
  afterAll(async () => preview?.stop())

  it('Sev1 without a Veeam Korea SE: the refusal next to the severity field is in English', async () => {
    const page = await preview.open('quick.html')
    expect(await sev1WithoutSe(page, 'Two production servers down')).toBe(SEV1_NEEDS_SE.en)
    expect(await page.locator('input[name="title"]').inputValue()).toBe('Two production servers down') // nothing was saved, the line is kept
    expect(await callHost(preview, 'issues.list', {})).toEqual([])
    await page.screenshot({ path: path.join(ARTIFACTS, 'errors-en-sev1-refused.png'), fullPage: true })
    await page.close()
  })
})
