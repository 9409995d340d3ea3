import { z } from 'zod'
import type { AppSettings, Contact } from '../model'
import { formValue, type RegistrationForm } from './registrationForm'

/** A person the draft is copied to, besides the partner engineer. */
export const MailContactSchema = z.object({
  name: z.string().max(200),
  /** 'distributor' or 'veeamSe' (the setting that put them in Cc). */
  role: z.enum(['distributor', 'veeamSe']),
  address: z.string().max(320),
})
export type MailContact = z.infer<typeof MailContactSchema>

/** What the core knows about the draft's recipients before the form is edited. */
export const MailRecipientsSchema = z.object({
  to: z.string().max(320),
  ccContacts: z.array(MailContactSchema).max(10),
  /** Roles the Cc setting asks for whose contact is unknown or has no address. */
  uncopied: z.array(MailContactSchema.shape.role).max(2),
})
export type MailRecipients = z.infer<typeof MailRecipientsSchema>

export interface MailAddress {
  name: string
  address: string
}

/** The draft's header addresses, as the .eml and the export dialog show them. */
export interface MailEnvelope {
  from: MailAddress | null
  to: string
  cc: MailAddress[]
}

const isAddress = (s: string): boolean => z.email().safeParse(s).success

/**
 * Veeam Korea as the recipient; the distributor engineer and the Veeam Korea SE in Cc when the
 * settings ask for it and their contact has an address.
 */
export function mailRecipients(
  settings: Pick<AppSettings, 'veeamKoreaEmail' | 'emailCc'>,
  people: { distributorEngineer?: Contact; veeamSe?: Contact },
): MailRecipients {
  const ccContacts: MailContact[] = []
  const uncopied: MailContact['role'][] = []
  const add = (c: Contact | undefined, role: MailContact['role']) => {
    const address = c?.email.trim() ?? ''
    if (c && isAddress(address)) ccContacts.push({ name: c.name, role, address })
    else uncopied.push(role)
  }
  if (settings.emailCc.distributor) add(people.distributorEngineer, 'distributor')
  if (settings.emailCc.veeamSe) add(people.veeamSe, 'veeamSe')
  return { to: settings.veeamKoreaEmail, ccContacts, uncopied }
}

/**
 * The sender is the partner engineer as the form (possibly edited) names them, also copied so the
 * thread reaches them; nobody appears twice, and the recipient is never copied.
 */
export function mailEnvelope(form: RegistrationForm, recipients: MailRecipients): MailEnvelope {
  const address = formValue(form, 'partnerEmail').trim()
  const from = isAddress(address) ? { name: formValue(form, 'partnerEngineer').trim(), address } : null
  const seen = new Set([recipients.to.toLowerCase()])
  const cc: MailAddress[] = []
  for (const a of [...(from ? [from] : []), ...recipients.ccContacts]) {
    const key = a.address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    cc.push({ name: a.name, address: a.address })
  }
  return { from, to: recipients.to, cc }
}
