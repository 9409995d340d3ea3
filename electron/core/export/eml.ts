import { randomUUID } from 'node:crypto'
import MailComposer from 'nodemailer/lib/mail-composer'
import { type MailEnvelope, type RegistrationForm } from '../../../shared/form'
import { emlBody, emlSubject } from './emlText'

export { emlBody, emlSubject } from './emlText'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Right-hand side of the Message-ID when there is no sender's domain to use (RFC 2606 reserves .invalid). */
export const MESSAGE_ID_FALLBACK_DOMAIN = 'registration-form.invalid'

export interface EmlInput {
  form: RegistrationForm
  /** From, To and Cc (mailEnvelope in shared/form). */
  envelope: MailEnvelope
  /** The moment of the export: the draft's Date header. */
  now: Date
  docx: Buffer
  pdf: Buffer
  /** File name without extension, e.g. from exportFileName(form, '') */
  fileBase: string
}

const domainOf = (address: string | undefined): string => /@([^@\s>]+)$/.exec(address ?? '')?.[1] ?? MESSAGE_ID_FALLBACK_DOMAIN

/** An unsent e-mail draft (.eml) to Veeam Korea with the DOCX and PDF attached; nothing is sent. */
export async function renderEml({ form, envelope, now, docx, pdf, fileBase }: EmlInput): Promise<Buffer> {
  const mail = new MailComposer({
    // Without a partner address the draft has no From: the mail program fills in its own account.
    from: envelope.from ?? undefined,
    to: envelope.to,
    cc: envelope.cc.length ? envelope.cc : undefined,
    subject: emlSubject(form),
    text: emlBody(form),
    date: now,
    messageId: `<${randomUUID()}@${domainOf(envelope.from?.address)}>`,
    headers: { 'X-Unsent': '1' },
    attachments: [
      { filename: `${fileBase}.docx`, content: docx, contentType: DOCX_MIME },
      { filename: `${fileBase}.pdf`, content: pdf, contentType: 'application/pdf' },
    ],
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return mail.compile().build()
}
