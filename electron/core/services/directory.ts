import { AppError } from '../../../shared/ipc'
import { CustomerInputSchema, ContactInputSchema, type Contact, type ContactInput, type Customer, type CustomerInput } from '../../../shared/model'
import type { Store } from '../store/store'

/** Contacts and customers; a customer's contacts must exist and have the right role. */
export class DirectoryService {
  constructor(private readonly store: Store) {}

  contacts = (): Contact[] => this.store.directory.contacts()
  customers = (): Customer[] => this.store.directory.customers()

  saveContact(raw: ContactInput): Contact {
    const c = ContactInputSchema.parse(raw)
    if (c.id && !this.store.directory.contact(c.id)) throw new AppError('notFound', '연락처를 찾을 수 없습니다')
    const id = this.store.tx(() => this.store.directory.saveContact(c))
    return this.store.directory.contact(id)!
  }

  deleteContact(id: number): void {
    if (!this.store.tx(() => this.store.directory.deleteContact(id))) throw new AppError('notFound', '연락처를 찾을 수 없습니다')
  }

  saveCustomer(raw: CustomerInput): Customer {
    const c = CustomerInputSchema.parse(raw)
    if (c.id && !this.store.directory.customer(c.id)) throw new AppError('notFound', '고객사를 찾을 수 없습니다')
    this.checkRole(c.distributorContactId, 'distributor', 'distributorContactId')
    this.checkRole(c.seContactId, 'veeamSe', 'seContactId')
    const clash = this.store.directory.customerByName(c.name)
    if (clash && clash.id !== c.id) throw new AppError('conflict', '같은 이름의 고객사가 이미 있습니다', { name: '이미 있는 이름입니다' })
    const id = this.store.tx(() => this.store.directory.saveCustomer(c))
    return this.store.directory.customer(id)!
  }

  deleteCustomer(id: number): void {
    if (!this.store.tx(() => this.store.directory.deleteCustomer(id))) throw new AppError('notFound', '고객사를 찾을 수 없습니다')
  }

  private checkRole(id: number | null, role: Contact['role'], field: string): void {
    if (id === null) return
    const c = this.store.directory.contact(id)
    if (!c || c.role !== role) throw new AppError('invalid', '연락처의 역할이 맞지 않습니다', { [field]: '역할이 맞지 않습니다' })
  }
}
