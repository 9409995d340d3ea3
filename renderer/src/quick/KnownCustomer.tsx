import { useTranslation } from 'react-i18next'
import type { Contact, Customer } from '../../../shared/model'

/** A directory customer's renewal, status, product and contacts, in place of the renewal picker. */
export function KnownCustomer({ customer, contacts }: { customer: Customer; contacts: readonly Contact[] }) {
  const { t } = useTranslation()
  const contactName = (id: number | null | undefined) => contacts.find((c) => c.id === id)?.name
  return (
    <div className="qrow known" data-testid="known-customer">
      <span className="qlabel" />
      <span className={`badge renewal-${customer.renewal}`}>{t(`renewal.${customer.renewal}`)}</span>
      <span className="chip">{t(`customerStatus.${customer.status}`)}</span>
      <span className="muted">
        {customer.product}
        {customer.version ? ` ${customer.version}` : ''}
      </span>
      {(customer.distributorContactId || customer.seContactId) && (
        <span className="muted">
          {t('quick.contactsOf', { dist: contactName(customer.distributorContactId) ?? '—', se: contactName(customer.seContactId) ?? '—' })}
        </span>
      )}
    </div>
  )
}
