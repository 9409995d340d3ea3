import { describe, expect, it } from 'vitest'
import { CHANNEL_NAMES, EVENT_NAMES, channels, contract, eventNames, type Channel, type RequestOf } from '../../../shared/ipc'
import { AppSettingsSchema } from '../../../shared/model'

const at = '2026-11-27T08:30:00.000Z'

/** One valid request per channel; the Record type makes a missing channel a compile error. */
const samples: { [C in Channel]: RequestOf<C> } = {
  'app.info': {},
  'app.openQuickEntry': {},
  'app.desktop': {},
  'issues.create': { title: '백업 실패 😵 バックアップ', track: 'critical', customerName: 'ACME (주)', renewal: 'basic', severity: 2, errorMessage: 'Error: 0x80070005\n다음 줄' },
  'issues.list': { query: '백업', track: 'general', severity: 3, status: 'new', includeClosed: false, limit: 50 },
  'issues.get': { id: 1 },
  'issues.update': { id: 1, patch: { symptoms: '증상', firstOccurredAt: at, prereqCheckedPartner: true } },
  'issues.openCase': { id: 1, caseNumber: '07712345', at },
  'issues.firstResponse': { id: 1, at },
  'issues.setTier': { id: 1, tier: 2, at },
  'issues.resolve': { id: 1, at },
  'issues.reopen': { id: 1, at },
  'issues.close': { id: 1 },
  'steps.mark': { issueId: 1, stepId: 'G4', status: 'done', at, note: '총판 재확인', noFix: true, serious: false },
  'timeline.note': { issueId: 1, text: '메모' },
  'timeline.call': { issueId: 1, contactId: 2, stepId: 'C5' },
  'timeline.search': { issueId: 1, where: 'kb', query: 'Error 0x80070005' },
  'contacts.list': {},
  'contacts.save': { name: '홍길동', role: 'distributor', company: '총판', phone: '010-1234-5678', email: 'hong@example.com' },
  'contacts.delete': { id: 2 },
  'customers.list': {},
  'customers.save': { name: 'ACME', status: 'poc', renewal: 'production', product: 'VBR', version: '12.3', distributorContactId: null, seContactId: 3 },
  'customers.delete': { id: 1 },
  'settings.get': {},
  'settings.update': { settings: AppSettingsSchema.parse({}) },
  'settings.history': {},
  'holidays.list': { year: 2026 },
  'routing.region': { at },
  'alerts.missed': {},
  'alerts.snooze': { issueId: 1, minutes: 10 },
  'backup.now': {},
  'backup.list': {},
  'backup.restore': { file: '/tmp/backups/issues-20261125-010000-daily.db' },
  'data.exportJson': {},
  'data.importJson': { json: '{}' },
  'data.exportFile': {},
  'data.importFile': {},
  'data.importCancel': {},
  'export.preview': { issueId: 1 },
  'export.make': {
    issueId: 1,
    form: {
      title: '빔 소프트웨어 장애 및 기술이슈 등록양식',
      writtenAt: '2026-11-27',
      fields: [{ key: 'customer', label: '고객사', value: 'ACME (주) 😀', required: true }],
      sections: [{ key: 'symptoms', label: '증상 및 에러 메시지', value: '백업 실패\nError 0x80070005', required: true }],
    },
  },
  'shell.openExternal': { url: 'https://forums.veeam.com/' },
  'reports.sla': { from: '2026-11-01T00:00:00.000Z', to: at, renewal: 'basic', track: 'general', customer: 'ACME (주)' },
  'reports.export': { from: '2026-11-01T00:00:00.000Z', to: at, format: 'pdf', language: 'ko' },
}

describe('one contract, two transports', () => {
  it('names exactly the channels and events of the schema-free name lists the preload uses', () => {
    expect([...channels].sort()).toEqual([...CHANNEL_NAMES].sort())
    expect([...eventNames].sort()).toEqual([...EVENT_NAMES].sort())
  })

  it.each(channels)('%s: the sample payload survives structuredClone and JSON alike, and passes its schema', (channel) => {
    const payload = samples[channel]
    const viaClone = structuredClone(payload)
    const viaJson = JSON.parse(JSON.stringify(payload))
    expect(viaClone).toEqual(payload)
    expect(viaJson).toEqual(payload)
    expect(viaJson).toEqual(viaClone)
    const parsed = contract[channel].request.safeParse(viaJson)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('refuses Date objects on the wire: instants are ISO-8601 UTC strings', () => {
    const r = contract['issues.resolve'].request.safeParse({ id: 1, at: new Date(at) })
    expect(r.success).toBe(false)
    expect(contract['issues.resolve'].request.safeParse({ id: 1, at: '2026-11-27 08:30' }).success).toBe(false)
  })
})
