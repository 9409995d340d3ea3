import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { ReplyOf } from '../../../shared/ipc/contract'
import { acceleratorProblemText } from '../../../shared/model/accelerator'

export type DesktopStatus = ReplyOf<'app.desktop'>

/** The parts of a key press the recorder reads (testable without a DOM event). */
export interface KeyPress {
  code: string
  ctrlKey: boolean
  altKey: boolean
  shiftKey: boolean
  metaKey: boolean
}

const NAMED: Record<string, string> = {
  Space: 'Space', Enter: 'Return', Tab: 'Tab', Backspace: 'Backspace', Delete: 'Delete', Insert: 'Insert',
  Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Quote: "'",
  Comma: ',', Period: '.', Slash: '/', Backquote: '`',
  NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv', NumpadDecimal: 'numdec',
}

/**
 * The accelerator of a key press, from `KeyboardEvent.code` (the physical key): with the Korean IME
 * on, `key` is `ㅍ` for the V key, which Electron cannot register. null while only modifiers are held.
 */
export function acceleratorFromKeyPress(e: KeyPress, isMac: boolean): string | null {
  let key: string | undefined
  if (/^Key[A-Z]$/.test(e.code)) key = e.code.slice(3)
  else if (/^Digit[0-9]$/.test(e.code)) key = e.code.slice(5)
  else if (/^Numpad[0-9]$/.test(e.code)) key = `num${e.code.slice(6)}`
  else if (/^F([1-9]|1[0-9]|2[0-4])$/.test(e.code)) key = e.code
  else key = NAMED[e.code]
  if (!key) return null
  const mods = [
    e.ctrlKey && (isMac ? 'Control' : 'CommandOrControl'),
    e.metaKey && (isMac ? 'CommandOrControl' : 'Super'),
    e.altKey && 'Alt',
    e.shiftKey && 'Shift',
  ].filter(Boolean)
  return [...mods, key].join('+')
}

/** Whether the desktop host registered the shortcut, and whether start-at-login works here (the preview host: neither). */
export function useDesktopStatus(version: unknown): DesktopStatus | null {
  const [status, setStatus] = useState<DesktopStatus | null>(null)
  useEffect(() => {
    call('app.desktop', {}).then(setStatus, () => setStatus(null))
  }, [version])
  return status
}

/** The global shortcut, recorded by pressing it; shows whether the app could register it. */
export function ShortcutField({ value, onChange, error, status }: { value: string; onChange(v: string): void; error?: string; status: DesktopStatus | null }) {
  const { t, i18n } = useTranslation()
  const [recording, setRecording] = useState(false)
  const [hint, setHint] = useState('')
  const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
  const state = status && (status.shortcut.state === 'unavailable' || status.shortcut.accelerator === value) ? status.shortcut.state : null
  return (
    <div className="field">
      <span>{t('set.shortcut')}</span>
      <input
        name="shortcut"
        readOnly
        value={recording ? t('set.shortcutPress') : value}
        aria-invalid={Boolean(error || hint)}
        onFocus={() => setRecording(true)}
        onBlur={() => setRecording(false)}
        onKeyDown={(e) => {
          if (e.key === 'Tab') return
          e.preventDefault()
          if (e.code === 'Escape') return setRecording(false)
          const accelerator = acceleratorFromKeyPress(e, isMac)
          if (!accelerator) return
          const problem = acceleratorProblemText(accelerator)
          setHint(problem ? problem[i18n.language === 'en' ? 'en' : 'ko'] : '')
          if (!problem) {
            onChange(accelerator)
            setRecording(false)
          }
        }}
      />
      {(error || hint) && <span className="field-error">{error || hint}</span>}
      {state && <span className={state === 'registered' ? 'hint' : state === 'unavailable' ? 'hint warn' : 'field-error'} data-testid="shortcut-state">{t(`set.shortcutState.${state}`)}</span>}
    </div>
  )
}
