import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BUSINESS_MORNING, startPreview, type Preview, callHost } from './harness'
import type { Channel, RequestOf } from '../../shared/ipc'

// The toast is the renderer's: every pushed 'alert' event renders as [data-testid="alert-toast"],
// and clicking it opens #/issue/<id>.

/** Reads the host's event stream until an 'alert' frame containing `needle`; resolves with its JSON. */
async function firstPushedAlert(url: string, token: string, needle: string): Promise<string> {
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), 30_000)
  try {
    const res = await fetch(`${url}api/events`, { headers: { 'X-Api-Token': token }, signal: abort.signal })
    let text = ''
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += Buffer.from(chunk).toString('utf8')
      const frame = text.split('\n\n').find((f) => f.startsWith('event: alert') && f.includes(needle))
      if (frame) return frame.slice(frame.indexOf('data: ') + 6)
    }
    throw new Error('event stream ended')
  } catch (e) {
    throw abort.signal.aborted ? new Error('no alert pushed within 30 s') : e
  } finally {
    clearTimeout(timer)
    abort.abort()
  }
}

describe('the escalation clock end to end (preview host)', () => {
  let preview: Preview | null = null
  afterAll(async () => preview?.stop())

  it("C5's before-alert arrives as a toast naming the step, the distributor's phone and the minutes left; clicking opens the issue", async () => {
    preview = await startPreview({ now: BUSINESS_MORNING }) // no Basic closing or holiday in the way
    const api = <C extends Channel>(channel: C, body: RequestOf<C>) => callHost(preview!, channel, body)
    const contact = await api('contacts.save', { name: '홍길동', role: 'distributor', company: '총판', phone: '010-1234-5678' })
    const settings = await api('settings.get', {})
    // C5 due 70 s after logging, "before" lead 1 min: the before-alert comes ~10 s after logging.
    settings.domain.alerts.leadMinutes = 1
    settings.domain.playbook.c5CallWithinMinutes.critical = 70 / 60
    settings.defaultDistributorContactId = contact.id
    await api('settings.update', { settings })

    // The host's own part, independent of the renderer: the alert is pushed on the event stream.
    const pushed = firstPushedAlert(preview.url, preview.token, '"kind":"before"')

    const page = await preview.open('index.html')
    await page.locator('#root > *').first().waitFor()
    const before = page.getByTestId('alert-toast').filter({ hasText: '남음' })
    const issue = await api('issues.create', { title: 'DB 서버 다운', track: 'critical', customerName: 'ACME', renewal: 'production' })
    const loggedAt = Date.now()

    await page.waitForTimeout(3_000)
    expect(await before.count()).toBe(0)

    const alert = JSON.parse(await pushed)
    expect(Date.now() - loggedAt).toBeGreaterThan(8_000)
    expect(alert).toMatchObject({
      issueId: issue.id,
      kind: 'before',
      title: 'ACME · DB 서버 다운 · 1분 내 총판 엔지니어·Veeam SE 전화 (1분 남음)', // C5 set to 70 s for the test
      body: '총판 엔지니어와 Veeam Korea SE에게 1분 안에 전화합니다. — 홍길동 010-1234-5678 · Veeam SE 연락처 없음',
      targets: ['C5'],
    })

    await before.first().waitFor({ timeout: 10_000 })
    const text = await before.first().innerText()
    expect(text).toContain('ACME')
    expect(text).toContain('총판 엔지니어·Veeam SE 전화')
    expect(text).toContain('010-1234-5678')
    expect(text).toContain('1분 남음')
    await page.screenshot({ path: path.join(ARTIFACTS, 'clock-toast.png') })

    await before.first().click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/issue/${issue.id}`)
  })
})
