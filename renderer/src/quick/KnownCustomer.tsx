import { useTranslation } from 'react-i18next'
import type { Renewal } from '../../../shared/domain/vocabulary'
import type { Contact, Customer } from '../../../shared/model'

/** A directory customer's renewal, status, product and contacts, in place of the renewal picker. */
interface Props {
  customer: Customer
  contacts: readonly Contact[]
  /** The renewal the line names: when it differs from the stored one, both show and the line's is used. */
  lineRenewal: Renewal | null
}

export function KnownCustomer({ customer, contacts, lineRenewal }: Props) {
  const { t } = useTranslation()
  const contactName = (id: number | null | undefined) => contacts.find((c) => c.id === id)?.name
  return (
    <div className="qrow known" data-testid="known-customer">
      <span className="qlabel" />
      <span className={`badge renewal-${customer.renewal}`}>{t(`renewal.${customer.renewal}`)}</span>
      {lineRenewal && lineRenewal !== customer.renewal && (
        <span className={`badge renewal-${lineRenewal}`} data-testid="line-renewal">{t('quick.line.lineRenewal', { v: t(`renewal.${lineRenewal}`) })}</span>
      )}
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
