import type { Contact, Customer } from '../../../shared/model'
import type { Db } from './database'
import { statementCache } from './statements'
import type { Row } from './issueRows'

const rowToContact = (r: Row): Contact => ({
  id: r.id as number,
  name: r.name as string,
  role: r.role as Contact['role'],
  company: r.company as string,
  phone: r.phone as string,
  email: r.email as string,
})

const rowToCustomer = (r: Row): Customer => ({
  id: r.id as number,
  name: r.name as string,
  status: r.status as Customer['status'],
  renewal: r.renewal as Customer['renewal'],
  product: r.product as string,
  version: r.version as string,
  distributorContactId: (r.distributor_contact_id as number | null) ?? null,
  seContactId: (r.se_contact_id as number | null) ?? null,
})

/** Contacts and customers: the directory quick entry and the "call" steps draw on. */
export class DirectoryRepo {
  private readonly sql: ReturnType<typeof statementCache>

  constructor(db: Db) {
    this.sql = statementCache(db)
  }

  contacts(): Contact[] {
    return (this.sql('SELECT * FROM contacts ORDER BY role, name').all() as Row[]).map(rowToContact)
  }

  contact(id: number): Contact | null {
    const r = this.sql('SELECT * FROM contacts WHERE id = ?').get(id) as Row | undefined
    return r ? rowToContact(r) : null
  }

  saveContact(c: Omit<Contact, 'id'> & { id?: number }): number {
    if (c.id) {
      this.sql('UPDATE contacts SET name = ?, role = ?, company = ?, phone = ?, email = ? WHERE id = ?')
        .run(c.name, c.role, c.company, c.phone, c.email, c.id)
      return c.id
    }
    const info = this.sql('INSERT INTO contacts (name, role, company, phone, email) VALUES (?, ?, ?, ?, ?)')
      .run(c.name, c.role, c.company, c.phone, c.email)
    return Number(info.lastInsertRowid)
  }

  deleteContact(id: number): boolean {
    return this.sql('DELETE FROM contacts WHERE id = ?').run(id).changes > 0
  }

  customers(): Customer[] {
    return (this.sql('SELECT * FROM customers ORDER BY name').all() as Row[]).map(rowToCustomer)
  }

  customer(id: number): Customer | null {
    const r = this.sql('SELECT * FROM customers WHERE id = ?').get(id) as Row | undefined
    return r ? rowToCustomer(r) : null
  }

  customerByName(name: string): Customer | null {
    const r = this.sql('SELECT * FROM customers WHERE name = ?').get(name) as Row | undefined
    return r ? rowToCustomer(r) : null
  }

  saveCustomer(c: Omit<Customer, 'id'> & { id?: number }): number {
    const values = [c.name, c.status, c.renewal, c.product, c.version, c.distributorContactId, c.seContactId]
    if (c.id) {
      this.sql(
          'UPDATE customers SET name = ?, status = ?, renewal = ?, product = ?, version = ?, distributor_contact_id = ?, se_contact_id = ? WHERE id = ?',
        )
        .run(...values, c.id)
      return c.id
    }
    const info = this.sql(
        'INSERT INTO customers (name, status, renewal, product, version, distributor_contact_id, se_contact_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(...values)
    return Number(info.lastInsertRowid)
  }

  /** Data import: rows keep their ids so that issues still point at them. */
  importContact(c: Contact): void {
    this.sql('INSERT INTO contacts (id, name, role, company, phone, email) VALUES (?, ?, ?, ?, ?, ?)').run(c.id, c.name, c.role, c.company, c.phone, c.email)
  }

  importCustomer(c: Customer): void {
    this.sql('INSERT INTO customers (id, name, status, renewal, product, version, distributor_contact_id, se_contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(c.id, c.name, c.status, c.renewal, c.product, c.version, c.distributorContactId, c.seContactId)
  }

  deleteCustomer(id: number): boolean {
    return this.sql('DELETE FROM customers WHERE id = ?').run(id).changes > 0
  }
}
