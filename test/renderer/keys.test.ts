import { describe, expect, it } from 'vitest'
import { isSaveKey, renewalFromKey, renewalFromText, trackFromKey } from '../../renderer/src/quick/keys'

describe('quick-entry keys', () => {
  it('1/2/3 choose the track, also as a 229 keydown under the Korean IME', () => {
    expect(trackFromKey({ key: '1' })).toBe('general')
    expect(trackFromKey({ key: '2' })).toBe('critical')
    expect(trackFromKey({ key: '3' })).toBe('sales')
    expect(trackFromKey({ key: 'Process', code: 'Digit3', keyCode: 229 })).toBe('sales')
    expect(trackFromKey({ key: '4' })).toBeNull()
    expect(trackFromKey({ key: '1', ctrlKey: true })).toBeNull()
  })
  it('P/B choose the renewal, also as the 자모 ㅔ/ㅠ', () => {
    expect(renewalFromKey({ key: 'p' })).toBe('production')
    expect(renewalFromKey({ key: 'ㅔ' })).toBe('production')
    expect(renewalFromKey({ key: 'B' })).toBe('basic')
    expect(renewalFromKey({ key: 'ㅠ' })).toBe('basic')
    expect(renewalFromKey({ key: 'Process', code: 'KeyB', keyCode: 229 })).toBe('basic')
    expect(renewalFromKey({ key: 'x' })).toBeNull()
    expect(renewalFromText('ㅔ')).toBe('production')
    expect(renewalFromText('Productionb')).toBe('basic')
  })
  it('Enter saves from single-line fields, never during composition; Ctrl+Enter from the textarea', () => {
    expect(isSaveKey({ key: 'Enter' }, false)).toBe(true)
    expect(isSaveKey({ key: 'Enter', isComposing: true }, false)).toBe(false)
    expect(isSaveKey({ key: 'Enter', keyCode: 229 }, false)).toBe(false)
    expect(isSaveKey({ key: 'Enter' }, true)).toBe(false)
    expect(isSaveKey({ key: 'Enter', ctrlKey: true }, true)).toBe(true)
  })
})
