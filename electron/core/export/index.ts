import { exportFileNames, mailEnvelope, registrationFormText, RegistrationFormSchema, type MailRecipients, type RegistrationForm } from '../../../shared/form'
import { renderDocx } from './docx'
import { renderEml } from './eml'
import { renderPdf } from './pdf'
import type { PdfFontOptions } from './pdfFonts'

export { renderDocx } from './docx'
export { renderEml, emlBody, emlSubject } from './eml'
export { renderPdf, renderPdfReport, type PdfReport } from './pdf'
export { defaultFallbackFonts, defaultFontsDir, type FallbackFontSpec, type PdfFontOptions } from './pdfFonts'

export interface ExportOptions extends PdfFontOptions {
  /** Veeam Korea's address and the contacts to copy (mailRecipients in shared/form). */
  recipients: MailRecipients
  /** The moment of the export (the e-mail's Date). */
  now: Date
}

export interface ExportedForm {
  docx: Buffer
  pdf: Buffer
  eml: Buffer
  text: string
  fileNames: { docx: string; pdf: string; eml: string }
}

/** Every export of one filled registration form. The form is re-validated: it arrives over IPC. */
export async function exportRegistrationForm(input: RegistrationForm, opts: ExportOptions): Promise<ExportedForm> {
  const form = RegistrationFormSchema.parse(input)
  const fileNames = exportFileNames(form)
  const [docx, pdf] = await Promise.all([renderDocx(form), renderPdf(form, opts)])
  const fileBase = fileNames.docx.replace(/\.docx$/, '')
  const eml = await renderEml({ form, envelope: mailEnvelope(form, opts.recipients), now: opts.now, docx, pdf, fileBase })
  return { docx, pdf, eml, text: registrationFormText(form), fileNames }
}
