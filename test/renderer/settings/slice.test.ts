import { describe, expect, it, vi } from 'vitest'
import { defaultSettings, type AppSettings } from '../../../shared/model'
import { noErrors } from '../../../renderer/src/common/errors'
import { at, errorOf, pick, type Slice } from '../../../renderer/src/settings/slice'

const rootOf = (value: AppSettings, onChange = vi.fn(), errors = noErrors): Slice<AppSettings> => ({ value, onChange, path: '', errors })

describe('settings slices', () => {
  it('a nested change replaces only its key and keeps every other setting', () => {
    const before = defaultSettings()
    const onChange = vi.fn()
    const open = at(at(at(rootOf(before, onChange), 'domain'), 'calendar'), 'open')
    expect(open.path).toBe('domain.calendar.open')
    expect(open.value).toBe(before.domain.calendar.open)
    open.onChange('08:30')
    const after = onChange.mock.calls[0][0] as AppSettings
    expect(after.domain.calendar.open).toBe('08:30')
    expect({ ...after, domain: { ...after.domain, calendar: { ...after.domain.calendar, open: before.domain.calendar.open } } }).toEqual(before)
    expect(before.domain.calendar.open).not.toBe('08:30')
  })

  it('numeric keys (severity targets) name the field like the core does', () => {
    const sev1 = at(at(at(at(rootOf(defaultSettings()), 'domain'), 'targets'), 'production'), 1)
    expect(sev1.path).toBe('domain.targets.production.1')
    expect(sev1.value).toBe(1)
  })

  it('a picked slice holds only its keys and merges a change into the whole', () => {
    const before = defaultSettings()
    const onChange = vi.fn()
    const app = pick(rootOf(before, onChange), ['shortcut', 'startAtLogin'] as const)
    expect(app.value).toEqual({ shortcut: before.shortcut, startAtLogin: before.startAtLogin })
    at(app, 'startAtLogin').onChange(true)
    expect(onChange).toHaveBeenCalledWith({ ...before, startAtLogin: true })
  })

  it("finds the core's message at the slice's path, with or without the request's settings. prefix, or under it", () => {
    const errors = { message: 'x', fields: { 'settings.domain.routing.APJ.zone': '시간대가 아닙니다', shortcut: '단축키 오류' } }
    const root = rootOf(defaultSettings(), vi.fn(), errors)
    expect(errorOf(at(at(root, 'domain'), 'routing'))).toBe('시간대가 아닙니다')
    expect(errorOf(at(root, 'shortcut'))).toBe('단축키 오류')
    expect(errorOf(at(root, 'language'))).toBeUndefined()
  })
})
