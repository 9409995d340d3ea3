import type { ReactNode } from 'react'
import type { Role } from '../../../shared/domain'
import type { Contact } from '../../../shared/model'

/** A labelled select of the contacts of one role ("—" for none): distributor engineer or Veeam Korea SE. */
export function ContactPicker(props: {
  label: ReactNode
  role: Role
  contacts: Contact[]
  value: number | null
  onChange: (id: number | null) => void
  name?: string
  disabled?: boolean
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        value={props.value ?? ''}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}
      >
        <option value="">—</option>
        {props.contacts
          .filter((c) => c.role === props.role)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.company ? ` (${c.company})` : ''}
            </option>
          ))}
      </select>
    </label>
  )
}
