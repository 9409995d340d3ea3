import { useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../shared/model'
import { FieldError } from './FieldError'
import { isComposing } from './keys'

interface Props {
  value: string
  customers: readonly Customer[]
  onChange: (name: string) => void
  /** A suggestion was picked (click, or arrows then Enter/Tab). */
  onPick: (customer: Customer) => void
  error?: string
}

/** The customer name with suggestions from the directory; Esc first closes the list. */
export function CustomerCombobox({ value, customers, onChange, onPick, error }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [highlight, setHighlight] = useState(-1)
  const suggestions = useMemo(() => {
    const q = value.trim().toLowerCase()
    if (!q) return []
    return customers.filter((c) => c.name.toLowerCase().includes(q) && c.name.toLowerCase() !== q).slice(0, 6)
  }, [customers, value])
  const shown = open && suggestions.length > 0

  const pick = (c: Customer) => {
    setOpen(false)
    setHighlight(-1)
    onPick(c)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!shown || isComposing({ key: e.key, keyCode: e.nativeEvent.keyCode, isComposing: e.nativeEvent.isComposing })) return
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation() // the form's Esc (close / keep the draft) waits for the next press
      setOpen(false)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setHighlight((h) => (h + step + suggestions.length) % suggestions.length)
    } else if ((e.key === 'Enter' || e.key === 'Tab') && highlight >= 0) {
      e.preventDefault()
      e.stopPropagation()
      pick(suggestions[highlight])
    }
  }

  return (
    <div className="qrow">
      <label className="qlabel" htmlFor="q-customer">{t('quick.customer')}</label>
      <div className="qcustomer">
        <input
          id="q-customer"
          name="customerName"
          placeholder={t('quick.customerPh')}
          autoComplete="off"
          role="combobox"
          aria-expanded={shown}
          aria-controls="q-customer-list"
          aria-activedescendant={highlight >= 0 ? `q-cust-${highlight}` : undefined}
          value={value}
          onChange={(e) => {
            onChange(e.target.value)
            setOpen(true)
            setHighlight(-1)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
        />
        {shown && (
          <ul className="suggest" id="q-customer-list" role="listbox">
            {suggestions.map((c, i) => (
              <li key={c.id} id={`q-cust-${i}`} role="option" aria-selected={i === highlight} onMouseDown={(e) => (e.preventDefault(), pick(c))}>
                <span>{c.name}</span>
                <span className="muted">{t(`renewal.${c.renewal}`)} · {t(`customerStatus.${c.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        <FieldError text={error} />
      </div>
    </div>
  )
}
