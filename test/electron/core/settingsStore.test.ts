import { afterEach, describe, expect, it } from 'vitest'
import { parseSettingsLeniently } from '../../../shared/model'
import { testCore } from './testCore'

let t: ReturnType<typeof testCore> | null = null
afterEach(() => t?.core.close())

describe('settings that no longer parse fall back one value at a time', () => {
  it('keeps every valid setting when one value is unknown (e.g. written by a newer version)', () => {
    const s = parseSettingsLeniently({
      language: 'ja',
      partner: { company: '파트너테크', email: 'not-an-email' },
      domain: { calendar: { addedHolidays: ['2026-12-31'], open: '25:00' } },
    })
    expect(s.language).toBe('ko')
    expect(s.partner.company).toBe('파트너테크')
    expect(s.partner.email).toBe('')
    expect(s.domain.calendar.addedHolidays).toEqual(['2026-12-31'])
    expect(s.domain.calendar.open).toBe('09:00')
  })

  it('the next save keeps the unreadable stored value in the settings history', async () => {
    t = testCore()
    const db = t.core.store.connection
    db.prepare("INSERT INTO settings (key, value) VALUES ('app', ?)").run(JSON.stringify({ language: 'ja', partner: { company: 'P' } }))
    t.core.settings.reload()
    const s = await t.call('settings.get', {})
    expect(s.partner.company).toBe('P')
    await t.call('settings.update', { settings: { ...s, startAtLogin: true } })
    const history = await t.call('settings.history', {})
    expect(history).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'language', old: 'ja', new: 'ko' })]))
  })
})

describe('settings history', () => {
  it('records one row per changed setting, with its old and new value (first save included)', async () => {
    t = testCore()
    const s = await t.call('settings.get', {})
    await t.call('settings.update', { settings: { ...s, partner: { ...s.partner, company: '파트너테크' }, startAtLogin: true } })
    const rows = await t.call('settings.history', {})
    expect(rows.map((r) => [r.key, r.old, r.new]).sort()).toEqual([
      ['partner.company', '', '파트너테크'],
      ['startAtLogin', false, true],
    ])
  })
})
