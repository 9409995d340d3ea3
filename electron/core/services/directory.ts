import { AppError } from '../../../shared/ipc'
import { CustomerInputSchema, ContactInputSchema, type Contact, type ContactInput, type Customer, type CustomerInput } from '../../../shared/model'
import type { Store } from '../store/store'
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
    if (c.id && !this.store.directory.contact(c.id)) throw new AppError('notFound', '연락처를 찾을 수 없습니다')
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
    if (!deleted) throw new AppError('notFound', '연락처를 찾을 수 없습니다')
  }

  saveCustomer(raw: CustomerInput): Customer {
    const c = CustomerInputSchema.parse(raw)
    if (c.id && !this.store.directory.customer(c.id)) throw new AppError('notFound', '고객사를 찾을 수 없습니다')
    checkContactRole(this.store, c.distributorContactId, 'distributor', 'distributorContactId')
    checkContactRole(this.store, c.seContactId, 'veeamSe', 'seContactId')
    const clash = this.store.directory.customerByName(c.name)
    if (clash && clash.id !== c.id) throw new AppError('conflict', '같은 이름의 고객사가 이미 있습니다', { name: '이미 있는 이름입니다' })
    const id = this.store.tx(() => this.store.directory.saveCustomer(c))
    return this.store.directory.customer(id)!
  }

  deleteCustomer(id: number): void {
    if (!this.store.tx(() => this.store.directory.deleteCustomer(id))) throw new AppError('notFound', '고객사를 찾을 수 없습니다')
  }
}

/** A contact chosen for a role must exist and have that role (null or undefined: nothing chosen). */
export function checkContactRole(store: Store, id: number | null | undefined, role: Contact['role'], field: string): void {
  if (id == null) return
  const c = store.directory.contact(id)
  if (!c) throw new AppError('notFound', '연락처를 찾을 수 없습니다', { [field]: '없는 연락처입니다' })
  if (c.role !== role) throw new AppError('invalid', '연락처의 역할이 맞지 않습니다', { [field]: '역할이 맞지 않습니다' })
}
