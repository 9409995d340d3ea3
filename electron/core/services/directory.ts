import { AppError } from '../../../shared/ipc'
import { CustomerInputSchema, ContactInputSchema, type Contact, type ContactInput, type Customer, type CustomerInput } from '../../../shared/model'
import type { Store } from '../store/store'
import { CONTACT_NOT_FOUND, CUSTOMER_NOT_FOUND } from './notFound'
import type { SettingsService } from './settings'

/** Contacts and customers; a customer's contacts must exist and have the right role. */
export class DirectoryService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
  ) {}

  contacts = (): Contact[] => this.store.directory.contacts()
  customers = (): Customer[] => this.store.directory.customers()

  saveContact(raw: ContactInput): Contact {
    const c = ContactInputSchema.parse(raw)
    if (c.id && !this.store.directory.contact(c.id)) throw new AppError('notFound', CONTACT_NOT_FOUND)
    const id = this.store.tx(() => this.store.directory.saveContact(c))
    return this.store.directory.contact(id)!
  }

  /** Deleting a contact also clears it where Settings name it as the usual distributor engineer or SE. */
  deleteContact(id: number): void {
    const deleted = this.store.tx(() => {
      if (!this.store.directory.deleteContact(id)) return false
      const s = this.settings.get()
      if (s.defaultDistributorContactId === id || s.defaultSeContactId === id) {
        this.settings.update({
          ...s,
          defaultDistributorContactId: s.defaultDistributorContactId === id ? null : s.defaultDistributorContactId,
          defaultSeContactId: s.defaultSeContactId === id ? null : s.defaultSeContactId,
        })
      }
      return true
    })
    if (!deleted) throw new AppError('notFound', CONTACT_NOT_FOUND)
  }

  saveCustomer(raw: CustomerInput): Customer {
    const c = CustomerInputSchema.parse(raw)
    if (c.id && !this.store.directory.customer(c.id)) throw new AppError('notFound', CUSTOMER_NOT_FOUND)
    checkContactRole(this.store, c.distributorContactId, 'distributor', 'distributorContactId')
    checkContactRole(this.store, c.seContactId, 'veeamSe', 'seContactId')
    const clash = this.store.directory.customerByName(c.name)
    if (clash && clash.id !== c.id) throw new AppError(
        'conflict',
        { ko: '같은 이름의 고객사가 이미 있습니다', en: 'A customer with this name already exists' },
        { name: { ko: '이미 있는 이름입니다', en: 'This name is already taken' } },
      )
    const id = this.store.tx(() => this.store.directory.saveCustomer(c))
    return this.store.directory.customer(id)!
  }

  deleteCustomer(id: number): void {
    if (!this.store.tx(() => this.store.directory.deleteCustomer(id))) throw new AppError('notFound', CUSTOMER_NOT_FOUND)
  }
}

/** A contact chosen for a role must exist and have that role (null or undefined: nothing chosen). */
export function checkContactRole(store: Store, id: number | null | undefined, role: Contact['role'], field: string): void {
  if (id == null) return
  const c = store.directory.contact(id)
  if (!c) throw new AppError('notFound', CONTACT_NOT_FOUND, { [field]: { ko: '없는 연락처입니다', en: 'No such contact' } })
  if (c.role !== role) throw new AppError(
      'invalid',
      { ko: '연락처의 역할이 맞지 않습니다', en: 'The contact does not have the role this field needs' },
      { [field]: { ko: '역할이 맞지 않습니다', en: 'Wrong role for this field' } },
    )
}
