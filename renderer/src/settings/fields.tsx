import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorOf, type Slice } from './slice'

/** A titled card of the settings page; a wide one takes the whole row of the grid. */
export function Section({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={wide ? 'card wide' : 'card'}>
      <h2>{title}</h2>
      <div className="form-grid">{children}</div>
    </section>
  )
}

export function TextField({ field, label, type = 'text' }: { field: Slice<string>; label: string; type?: string }) {
  const e = errorOf(field)
  return (
    <label className="field">
      <span>{label}</span>
      <input name={field.path} type={type} value={field.value ?? ''} aria-invalid={Boolean(e)} onChange={(ev) => field.onChange(ev.target.value)} />
      {e && <span className="field-error">{e}</span>}
    </label>
  )
}

export function NumberField({ field, label, step = 1 }: { field: Slice<number>; label: string; step?: number }) {
  const e = errorOf(field)
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={field.path}
        type="number"
        step={step}
        min={0}
        value={String(field.value ?? '')}
        aria-invalid={Boolean(e)}
        // An emptied box stays empty (not 0) until saved, so the core's validation names the field.
        onChange={(ev) => field.onChange(ev.target.value === '' ? ('' as unknown as number) : Number(ev.target.value))}
      />
      {e && <span className="field-error">{e}</span>}
    </label>
  )
}

export function CheckField({ field, label }: { field: Slice<boolean>; label: string }) {
  return (
    <label className="check span2">
      <input type="checkbox" name={field.path} checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} /> {label}
    </label>
  )
}

/** Monday (1) to Sunday (7) as toggle buttons. */
export function Weekdays({ value, onChange }: { value: number[]; onChange: (d: number[]) => void }) {
  const { t } = useTranslation()
  const names = t('set.weekdays').split(',')
  return (
    <span className="weekdays">
      {names.map((n, i) => {
        const d = i + 1
        const on = value.includes(d)
        return (
          <button
            key={d}
            type="button"
            className="day"
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((x) => x !== d) : [...value, d].sort())}
          >
            {n}
          </button>
        )
      })}
    </span>
  )
}
