/**
 * A `/2` data file (JSON lines) as one editable object shaped like the old `/1` document, and
 * back to lines with a matching `end` line: tests change a record and import the result.
 */
export interface EditableDump {
  format: string
  exportedAt: string
  settings: any // eslint-disable-line @typescript-eslint/no-explicit-any
  contacts: any[] // eslint-disable-line @typescript-eslint/no-explicit-any
  customers: any[] // eslint-disable-line @typescript-eslint/no-explicit-any
  issues: any[] // eslint-disable-line @typescript-eslint/no-explicit-any
  alertsSent: any[] // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function readDump(text: string): EditableDump {
  const [header, ...body] = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l))
  const dump: EditableDump = { ...header, contacts: [], customers: [], issues: [], alertsSent: [] }
  for (const line of body) {
    if ('contact' in line) dump.contacts.push(line.contact)
    else if ('customer' in line) dump.customers.push(line.customer)
    else if ('issue' in line) dump.issues.push(line)
    else if ('alertSent' in line) dump.alertsSent.push(line.alertSent)
  }
  return dump
}

export function writeDump(d: EditableDump): string {
  const lines = [
    { format: d.format, exportedAt: d.exportedAt, settings: d.settings },
    ...d.contacts.map((contact) => ({ contact })),
    ...d.customers.map((customer) => ({ customer })),
    ...d.issues,
    ...d.alertsSent.map((alertSent) => ({ alertSent })),
    { end: { contacts: d.contacts.length, customers: d.customers.length, issues: d.issues.length, alertsSent: d.alertsSent.length } },
  ]
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
}
