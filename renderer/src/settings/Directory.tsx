import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { RoleSchema, type Renewal, type Role } from '../../../shared/domain'
import { CustomerStatusSchema, type Contact, type Customer, type CustomerStatus } from '../../../shared/model'
import { ContactPicker } from '../common/ContactPicker'
import { noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { useChannel } from '../common/useChannel'

type ContactDraft = { id?: number; name: string; role: Role; company: string; phone: string; email: string }
const blankContact = (): ContactDraft => ({ name: '', role: 'distributor', company: '', phone: '', email: '' })

/** Contacts directory: whom every "call" step shows. */
export function ContactsPanel({ contacts, onChanged, compact }: { contacts: Contact[]; onChanged: () => void; compact?: boolean }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<ContactDraft>(blankContact)
  const [errors, setErrors] = useState<FormErrors>(noErrors)

  const save = async () => {
    try {
      await call('contacts.save', draft)
      setDraft(blankContact())
      setErrors(noErrors)
      onChanged()
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }
  const remove = async (id: number) => {
    try {
      await call('contacts.delete', { id })
      onChanged()
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }
  const set = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }))

  return (
    <section className="card" aria-label={t('set.contacts')}>
      <h2>{t('set.contacts')}</h2>
      {contacts.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('set.name')}</th>
              <th>{t('set.role')}</th>
              {!compact && <th>{t('set.contactCompany')}</th>}
              <th>{t('set.phone')}</th>
              {!compact && <th>{t('set.email')}</th>}
              <th />
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{t(`role.${c.role}`)}</td>
                {!compact && <td>{c.company}</td>}
                <td className="tabular">{c.phone}</td>
                {!compact && <td>{c.email}</td>}
                <td className="actions">
                  <button className="small ghost" onClick={() => setDraft({ ...c })}>{t('common.edit')}</button>
                  <button className="small ghost danger" onClick={() => void remove(c.id)}>{t('common.delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div
        className="inline-form wrap"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing && (e.target as HTMLElement).tagName === 'INPUT') void save()
        }}
      >
        <Input label={t('set.name')} value={draft.name} onChange={(v) => set({ name: v })} error={errors.fields.name} name="contactName" />
        <label className="field">
          <span>{t('set.role')}</span>
          <select name="contactRole" value={draft.role} onChange={(e) => set({ role: e.target.value as Role })}>
            {RoleSchema.options.map((r) => (
              <option key={r} value={r}>{t(`role.${r}`)}</option>
            ))}
          </select>
        </label>
        <Input label={t('set.contactCompany')} value={draft.company} onChange={(v) => set({ company: v })} error={errors.fields.company} name="contactCompany" />
        <Input label={t('set.phone')} value={draft.phone} onChange={(v) => set({ phone: v })} error={errors.fields.phone} name="contactPhone" />
        <Input label={t('set.email')} value={draft.email} onChange={(v) => set({ email: v })} error={errors.fields.email} name="contactEmail" />
        <div className="btn-row">
          <button className="primary" onClick={() => void save()}>{draft.id ? t('common.save') : t('common.add')}</button>
          {draft.id && <button onClick={() => setDraft(blankContact())}>{t('common.cancel')}</button>}
        </div>
      </div>
      {errors.message && Object.keys(errors.fields).length === 0 && <p className="form-error">{errors.message}</p>}
    </section>
  )
}

type CustomerDraft = {
  id?: number
  name: string
  status: CustomerStatus
  renewal: Renewal
  product: string
  version: string
  distributorContactId: number | null
  seContactId: number | null
}
const blankCustomer = (): CustomerDraft => ({
  name: '',
  status: 'operating',
  renewal: 'production',
  product: 'Veeam Backup & Replication',
  version: '',
  distributorContactId: null,
  seContactId: null,
})

/** Customers: renewal, status, product/version and their named distributor engineer and SE. */
export function CustomersPanel({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation()
  const customerList = useChannel('customers.list', {})
  const customers: Customer[] = customerList.data ?? []
  const [draft, setDraft] = useState<CustomerDraft>(blankCustomer)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const load = customerList.reload

  const save = async () => {
    try {
      await call('customers.save', draft)
      setDraft(blankCustomer())
      setErrors(noErrors)
      void load()
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }
  const remove = async (id: number) => {
    try {
      await call('customers.delete', { id })
      void load()
    } catch (e) {
      setErrors(toFormErrors(e))
    }
  }
  const set = (patch: Partial<CustomerDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const nameOf = (id: number | null) => contacts.find((c) => c.id === id)?.name ?? '—'

  return (
    <section className="card" aria-label={t('set.customers')}>
      <h2>{t('set.customers')}</h2>
      {customers.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('set.name')}</th>
              <th>{t('quick.status')}</th>
              <th>{t('quick.renewal')}</th>
              <th>{t('set.product')}</th>
              <th>{t('role.distributor')}</th>
              <th>SE</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {customers.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{t(`customerStatus.${c.status}`)}</td>
                <td>
                  <span className={`badge renewal-${c.renewal}`}>{t(`renewal.${c.renewal}`)}</span>
                </td>
                <td>
                  {c.product} {c.version}
                </td>
                <td>{nameOf(c.distributorContactId)}</td>
                <td>{nameOf(c.seContactId)}</td>
                <td className="actions">
                  <button className="small ghost" onClick={() => setDraft({ ...c })}>{t('common.edit')}</button>
                  <button className="small ghost danger" onClick={() => void remove(c.id)}>{t('common.delete')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="inline-form wrap">
        <Input label={t('set.name')} value={draft.name} onChange={(v) => set({ name: v })} error={errors.fields.name} name="customerName" />
        <label className="field">
          <span>{t('quick.status')}</span>
          <select value={draft.status} onChange={(e) => set({ status: e.target.value as CustomerStatus })}>
            {CustomerStatusSchema.options.map((s) => (
              <option key={s} value={s}>{t(`customerStatus.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('quick.renewal')}</span>
          <select value={draft.renewal} onChange={(e) => set({ renewal: e.target.value as Renewal })}>
            <option value="production">Production</option>
            <option value="basic">Basic</option>
          </select>
        </label>
        <Input label={t('set.product')} value={draft.product} onChange={(v) => set({ product: v })} error={errors.fields.product} />
        <Input label={t('set.version')} value={draft.version} onChange={(v) => set({ version: v })} error={errors.fields.version} />
        <ContactPicker label={t('role.distributor')} role="distributor" contacts={contacts} value={draft.distributorContactId} onChange={(id) => set({ distributorContactId: id })} />
        <ContactPicker label={t('role.veeamSe')} role="veeamSe" contacts={contacts} value={draft.seContactId} onChange={(id) => set({ seContactId: id })} />
        <div className="btn-row">
          <button className="primary" onClick={() => void save()}>{draft.id ? t('common.save') : t('common.add')}</button>
          {draft.id && <button onClick={() => setDraft(blankCustomer())}>{t('common.cancel')}</button>}
        </div>
      </div>
      {customerList.error && <p className="form-error" role="alert">{customerList.error}</p>}
      {errors.message && Object.keys(errors.fields).length === 0 && <p className="form-error">{errors.message}</p>}
    </section>
  )
}

function Input({ label, value, onChange, error, name }: { label: string; value: string; onChange: (v: string) => void; error?: string; name?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <input name={name} value={value} aria-invalid={Boolean(error)} onChange={(e) => onChange(e.target.value)} />
      {error && <span className="field-error">{error}</span>}
    </label>
  )
}
