import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, callHost, startPreview, type Preview } from './harness'

/** The data file through the settings page in Chromium: download, upload with progress, cancel, a bad file. */
describe('data file export and import through the UI (preview host)', () => {
  let preview: Preview
  let page: Page
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-e2e-data-'))
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `data-${name}.png`), fullPage: true })
  const panel = () => page.getByRole('region', { name: '백업' })

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
    await callHost(preview, 'issues.create', { title: '백업 작업 실패 0x80070005', track: 'critical', customerName: '한빛상사', renewal: 'basic', severity: 2 })
    await callHost(preview, 'issues.create', { title: '라이선스 갱신 문의', track: 'sales' })
    page = await preview.open('index.html#/settings')
    await panel().waitFor()
  })
  afterAll(async () => preview?.stop())

  it('데이터 내보내기 downloads veeam-tray-<KST date>.jsonl with every issue', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), panel().getByRole('button', { name: '데이터 내보내기' }).click()])
    expect(download.suggestedFilename()).toMatch(/^veeam-tray-\d{4}-\d{2}-\d{2}\.jsonl$/)
    const file = path.join(folder, download.suggestedFilename())
    await download.saveAs(file)
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(lines[0].format).toBe('veeam-escalation-tray/2')
    expect(lines.filter((l) => 'issue' in l).map((l) => l.issue.title).sort()).toEqual(['라이선스 갱신 문의', '백업 작업 실패 0x80070005'])
    expect(await panel().locator('.ok-msg').innerText()).toContain(download.suggestedFilename())
  })

  /** The exported file plus many contacts, so that a slowed upload takes long enough to watch. */
  function bigFile(): string {
    const exported = fs.readdirSync(folder).find((f) => f.endsWith('.jsonl'))!
    const lines = fs.readFileSync(path.join(folder, exported), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    const end = lines.pop()
    const extra = Array.from({ length: 20_000 }, (_, i) => ({ contact: { id: 1000 + i, name: `담당자 ${i}`, role: 'partner', company: '협력사', phone: '', email: '' } }))
    const header = lines.shift()
    const out = [header, ...extra, ...lines, { end: { ...end.end, contacts: end.end.contacts + extra.length } }]
    const file = path.join(folder, 'big.jsonl')
    fs.writeFileSync(file, out.map((l) => JSON.stringify(l)).join('\n') + '\n')
    return file
  }

  async function slowUploads(bytesPerSecond: number) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond })
    return () => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
  }

  it('데이터 가져오기 shows a progress bar with 취소; cancelling changes nothing', async () => {
    const file = bigFile()
    const restore = await slowUploads(300_000)
    await page.locator('[data-testid="data-import-file"]').setInputFiles(file)
    const status = panel().getByRole('status')
    await expect.poll(() => status.locator('.tabular').innerText().catch(() => ''), { timeout: 10_000 }).toMatch(/가져오는 중… \d+%/)
    await shot('import-progress')
    await status.getByRole('button', { name: '취소' }).click()
    await expect.poll(() => panel().locator('.ok-msg').innerText().catch(() => '')).toBe('가져오기를 취소했습니다. 지금 데이터는 그대로입니다.')
    await restore()
    expect((await callHost(preview, 'contacts.list', {})).length).toBe(0)
    expect((await callHost(preview, 'issues.list', {})).length).toBe(2)
  })

  it('an import runs to the end and says how many issues came in', async () => {
    await page.locator('[data-testid="data-import-file"]').setInputFiles(path.join(folder, 'big.jsonl'))
    await expect.poll(() => panel().locator('.ok-msg').innerText().catch(() => ''), { timeout: 20_000 }).toBe('2건 가져옴')
    expect((await callHost(preview, 'contacts.list', {})).length).toBe(20_000)
    expect(await panel().getByRole('status').count()).toBe(0)
    await shot('import-done')
  })

  it('a bad file: the error in Korean, nothing changed', async () => {
    const bad = path.join(folder, 'bad.jsonl')
    fs.writeFileSync(bad, '{"format":"veeam-escalation-tray/2","exportedAt":"2026-11-25T01:00:00.000Z","settings":{}}\n{"issue":{"id":"x"}}\n')
    await page.locator('[data-testid="data-import-file"]').setInputFiles(bad)
    await expect.poll(() => panel().getByRole('alert').innerText().catch(() => '')).toMatch(/^가져올 수 없는 파일입니다: 2번째 줄/)
    await shot('import-error')
    expect((await callHost(preview, 'issues.list', {})).length).toBe(2)
  })
})
