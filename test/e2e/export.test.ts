import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Download } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, startPreview, type Preview, callHost } from './harness'
import type { Channel, RequestOf } from '../../shared/ipc'

/** The registration form export (issue 8) in Chromium against the preview host: preview, edit, files, clipboard. */
describe('registration form export', () => {
  let preview: Preview
  const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview, channel, body)
  /** Today in KST on the host's test clock, as YYYYMMDD (the date in the file names). */
  const kstToday = () => BUSINESS_MORNING.slice(0, 10).replace(/-/g, '')

  beforeAll(async () => {
    preview = await startPreview({ now: BUSINESS_MORNING })
    const settings = await api('settings.get', {})
    await api('settings.update', {
      settings: {
        ...settings,
        firstRunDone: true,
        partner: { company: '가온시스템즈', engineer: '박지훈', phone: '010-2345-6789', email: 'jihoon.park@gaon.example', distributor: '한결정보통신' },
      },
    })
  })
  afterAll(async () => preview?.stop())

  it('previews the form, applies an edit to this export only, downloads DOCX·PDF·EML and copies the text', async () => {
    const issue = await api('issues.create', {
      title: '프록시 서버 백업 작업 반복 실패',
      track: 'general',
      renewal: 'production',
      customerName: '한빛은행',
      problemType: 'backup',
      errorMessage: 'Error: Failed to connect to backup proxy "PRX-01" (10.0.4.21): The RPC server is unavailable.',
    })
    await api('issues.update', {
      id: issue.id,
      patch: {
        product: 'Veeam Backup & Replication',
        symptoms: '매일 밤 22:00 실행되는 파일 서버 백업 작업이 3일째 실패합니다.\n재시도 시 같은 오류가 납니다.',
        businessImpact: '',
      },
    })
    await api('issues.openCase', { id: issue.id, caseNumber: '07734512', at: (await api('app.info', {})).now })

    await preview.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.url.replace(/\/$/, '') })
    const page = await preview.open(`index.html#/issue/${issue.id}`)
    const errors: string[] = []
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    page.on('pageerror', (e) => errors.push(e.message))

    await page.getByRole('button', { name: '등록양식 내보내기' }).click()
    const dialog = page.getByTestId('export-dialog')
    await dialog.waitFor()
    expect(await page.getByRole('dialog', { name: '등록양식 내보내기' }).count()).toBe(1)
    expect(await dialog.getByTestId('export-form-title').innerText()).toBe('빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(await dialog.locator('input[name="writtenAt"]').inputValue()).toBe(kstToday().replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'))

    // Filled from the issue and the settings; every field and section is editable.
    expect(await dialog.locator('input[name="customer"]').inputValue()).toBe('한빛은행')
    expect(await dialog.locator('input[name="caseNumber"]').inputValue()).toBe('07734512')
    expect(await dialog.locator('input[name="partnerCompany"]').inputValue()).toBe('가온시스템즈')
    expect(await dialog.locator('textarea[name="symptoms"]').inputValue()).toContain('RPC server is unavailable')
    const editable = await dialog.locator('.xp-grid input, .xp-grid textarea').count()
    expect(editable).toBeGreaterThanOrEqual(25)

    // The warning box names the required fields still empty, and follows the edits.
    const warning = page.getByTestId('export-missing')
    expect(await warning.innerText()).toContain('버전/빌드')
    expect(await warning.innerText()).toContain('그대로 내보내면 문서에 (미입력)으로 표시됩니다')
    expect(await warning.innerText()).not.toContain('케이스 번호')
    await dialog.locator('input[name="caseNumber"]').fill('')
    await expect.poll(() => warning.innerText()).toContain('케이스 번호')
    await dialog.locator('input[name="caseNumber"]').fill('07734512')
    await expect.poll(() => warning.innerText()).not.toContain('케이스 번호')

    // The e-mail draft's addresses as they will be written; without a partner e-mail it says there is no sender.
    expect(await page.getByTestId('export-mail-from').innerText()).toBe('박지훈 <jihoon.park@gaon.example>')
    expect(await page.getByTestId('export-mail').innerText()).toContain('sales.korea@veeam.com')
    await dialog.locator('input[name="partnerEmail"]').fill('')
    await expect.poll(() => page.getByTestId('export-mail-gaps').innerText()).toContain('보낸 사람이 비어 있습니다')
    await dialog.locator('input[name="partnerEmail"]').fill('jihoon.park@gaon.example')
    await expect.poll(() => page.getByTestId('export-mail-gaps').innerText()).not.toContain('보낸 사람')
    // This issue names no distributor engineer or SE: the dialog says they are not copied.
    expect(await page.getByTestId('export-mail-gaps').innerText()).toContain('총판 엔지니어, Veeam Korea SE: 이메일 주소를 알 수 없어')

    // One edit for this export only.
    const impact = '지점 12곳 파일 서버의 복구 시점(RPO) 24시간 초과 — 감사 대응 일정에 영향'
    await dialog.locator('textarea[name="businessImpact"]').fill(impact)
    await dialog.locator('input[name="version"]').fill('12.3.1.1139')
    expect(await warning.innerText()).not.toContain('버전/빌드')
    await dialog.locator('.xp-body').evaluate((el) => (el.scrollTop = 0))
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-preview.png') })
    await dialog.locator('.xp-body').evaluate((el) => (el.scrollTop = el.scrollHeight))
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-preview-sections.png') })

    const downloads: Download[] = []
    page.on('download', (d) => downloads.push(d))
    await dialog.getByRole('button', { name: 'DOCX·PDF·EML 내보내기' }).click()
    await expect.poll(() => downloads.length, { timeout: 15_000 }).toBe(3)
    const names = downloads.map((d) => d.suggestedFilename()).sort()
    const base = `기술이슈등록_한빛은행_07734512_${kstToday()}`
    expect(names).toEqual([`${base}.docx`, `${base}.eml`, `${base}.pdf`])
    expect(await page.getByTestId('export-result').innerText()).toContain('내려받음: 3개 파일')

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'veeam-export-e2e-'))
    const saved: Record<string, string> = {}
    for (const d of downloads) {
      const file = path.join(dir, d.suggestedFilename())
      await d.saveAs(file)
      saved[path.extname(file)] = file
    }
    expect(fs.readFileSync(saved['.docx']).subarray(0, 2).toString()).toBe('PK')
    expect(fs.readFileSync(saved['.pdf']).subarray(0, 5).toString()).toBe('%PDF-')
    const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', saved['.pdf'], '-'], { encoding: 'utf8' })
    const flat = pdfText.replace(/\s+/g, ' ')
    expect(flat).toContain('빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(flat).toContain('한빛은행')
    expect(flat).toContain('12.3.1.1139')
    expect(flat).toContain('감사 대응 일정에 영향')
    expect(flat).toContain('가온시스템즈')
    const eml = fs.readFileSync(saved['.eml'], 'utf8')
    expect(eml).toMatch(/^To: .*sales\.korea@veeam\.com/im)
    expect(eml).toMatch(/^From: .*jihoon\.park@gaon\.example/im)
    expect(eml).toMatch(/^Cc: .*jihoon\.park@gaon\.example/im)

    // The core records the export in the timeline; the edit did not change the issue.
    await expect.poll(() => page.locator('.timeline .ev-exportMade').count(), { timeout: 10_000 }).toBe(1)
    expect((await api('issues.get', { id: issue.id })).issue.businessImpact).toBe('')

    // Clipboard: the same text as the export, with the edited values.
    await dialog.getByRole('button', { name: '클립보드에 복사' }).click()
    await page.getByTestId('export-copied').waitFor()
    expect(await page.getByTestId('export-copied').innerText()).toContain('복사됨')
    const clip = await page.evaluate(() => navigator.clipboard.readText())
    expect(clip).toContain('빔 소프트웨어 장애 및 기술이슈 등록양식')
    expect(clip).toContain('고객사: 한빛은행')
    expect(clip).toContain('케이스 번호 (Escalation Support 번호): 07734512')
    expect(clip).toContain('버전/빌드: 12.3.1.1139')
    expect(clip).toContain(impact)
    expect(clip).toContain('Veeam Korea 요청 사항')
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-done.png') })

    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(errors).toEqual([])
    await page.close()
  })
})
