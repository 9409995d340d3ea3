import { exportFileNames, registrationFormText, RegistrationFormSchema, type RegistrationForm } from '../../../shared/form'
import { renderDocx } from './docx'
import { renderEml } from './eml'
import { renderPdf } from './pdf'
import type { PdfFontOptions } from './pdfFonts'

export { renderDocx } from './docx'
export { renderEml, emlBody, emlSubject } from './eml'
export { renderPdf, renderPdfReport, type PdfReport } from './pdf'
export { defaultFallbackFonts, defaultFontsDir, type FallbackFontSpec, type PdfFontOptions } from './pdfFonts'

export interface ExportOptions extends PdfFontOptions {
  /** Veeam Korea address (settings.veeamKoreaEmail). */
  to: string
  /** Partner engineer's address (settings.partner.email); '' for none. */
  cc: string
}

export interface ExportedForm {
  docx: Buffer
  pdf: Buffer
  eml: Buffer
  text: string
  fileNames: { docx: string; pdf: string; eml: string }
}

/** Every export of one filled form (spec §10). The form is re-validated: it arrives over IPC. */
export async function exportRegistrationForm(input: RegistrationForm, opts: ExportOptions): Promise<ExportedForm> {
  const form = RegistrationFormSchema.parse(input)
  const fileNames = exportFileNames(form)
  const [docx, pdf] = await Promise.all([renderDocx(form), renderPdf(form, opts)])
  const fileBase = fileNames.docx.replace(/\.docx$/, '')
  const eml = await renderEml({ form, to: opts.to, cc: opts.cc, docx, pdf, fileBase })
  return { docx, pdf, eml, text: registrationFormText(form), fileNames }
}
