import { describe, expect, it } from 'vitest'
import { isSaveKey, isTextEntry, renewalFromKey, renewalFromText, trackFromKey } from '../../renderer/src/quick/keys'

describe('quick-entry keys', () => {
  it('plain 1/2/3 choose the track outside text fields, also as a 229 keydown under the Korean IME', () => {
    expect(trackFromKey({ key: '1' })).toBe('general')
    expect(trackFromKey({ key: '2' })).toBe('critical')
    expect(trackFromKey({ key: '3' })).toBe('sales')
    expect(trackFromKey({ key: 'Process', code: 'Digit3', keyCode: 229 })).toBe('sales')
    expect(trackFromKey({ key: '4' })).toBeNull()
    expect(trackFromKey({ key: '1', ctrlKey: true })).toBeNull()
  })
  it('in a text field digits are text: only Alt+1/2/3 choose the track', () => {
    expect(trackFromKey({ key: '1', code: 'Digit1' }, true)).toBeNull()
    expect(trackFromKey({ key: 'Process', code: 'Digit2', keyCode: 229 }, true)).toBeNull()
    expect(trackFromKey({ key: '2', code: 'Digit2', altKey: true }, true)).toBe('critical')
    expect(trackFromKey({ key: '™', code: 'Digit2', altKey: true }, true)).toBe('critical') // Option+2 on a Mac
    expect(trackFromKey({ key: '3', code: 'Numpad3', altKey: true }, false)).toBe('sales')
    expect(trackFromKey({ key: '4', code: 'Digit4', altKey: true }, true)).toBeNull()
    expect(trackFromKey({ key: '1', code: 'Digit1', altKey: true, ctrlKey: true }, true)).toBeNull()
  })
  it('tells text fields from other controls', () => {
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true)
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true)
    expect(isTextEntry({ tagName: 'INPUT', type: 'datetime-local' })).toBe(true)
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true)
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true)
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false)
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(false)
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false)
    expect(isTextEntry(null)).toBe(false)
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
