import { useCallback } from 'react'
import type { Contact, Customer } from '../../../shared/model'
import { useChannel } from '../common/useChannel'

// Stable empties while the directory loads (the draft hook compares the list it is given).
const NO_CUSTOMERS: Customer[] = []
const NO_CONTACTS: Contact[] = []

/** The customers and contacts the quick entry offers; `reload` when the window is shown again or after a save. */
export function useDirectory() {
  const customerList = useChannel('customers.list', {})
  const contactList = useChannel('contacts.list', {})
  const { reload: reloadCustomers } = customerList
  const { reload: reloadContacts } = contactList
  const reload = useCallback(() => {
    void reloadCustomers()
    void reloadContacts()
  }, [reloadCustomers, reloadContacts])
  return {
    customers: customerList.data ?? NO_CUSTOMERS,
    contacts: contactList.data ?? NO_CONTACTS,
    error: customerList.error || contactList.error,
    reload,
  }
}
