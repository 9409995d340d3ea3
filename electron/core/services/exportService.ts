import {
  buildRegistrationForm,
  exportFileNames,
  formContacts,
  mailRecipients,
  missingRequiredFields,
  type RegistrationForm,
  type RegistrationFormInputs,
} from '../../../shared/form'
import { AppError } from '../../../shared/ipc'
import { issueNotFound } from './notFound'
import { exportRegistrationForm } from '../export'
import type { Store } from '../store/store'
import type { Hub } from './hub'
import type { SettingsService } from './settings'

export interface ExportedFile {
  name: string
  mime: string
  data: Buffer
}

/** Files the host may save itself (Electron: a folder chosen in a dialog); null = let the page download them. */
export type SaveFiles = (files: ExportedFile[]) => Promise<string | null>

/** The registration form Veeam Korea asks for: filled from the issue, its customer, the settings and the timeline. */
export class ExportService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly hub: Hub,
    private readonly now: () => Date,
    private readonly fontsDir: string,
  ) {}

  private inputs(issueId: number): RegistrationFormInputs {
    const issue = this.store.issues.get(issueId)
    if (!issue) throw new AppError('notFound', issueNotFound(issueId))
    return {
      issue,
      customer: issue.customerId ? this.store.directory.customer(issue.customerId) : null,
      contacts: this.store.directory.contacts(),
      settings: this.settings.get(),
      timeline: this.store.issues.timeline(issueId),
      now: this.now(),
    }
  }

  /** Veeam Korea, and the issue's distributor engineer and SE as the Cc setting asks. */
  private recipients(inputs: RegistrationFormInputs) {
    return mailRecipients(inputs.settings, formContacts(inputs))
  }

  preview(issueId: number) {
    const inputs = this.inputs(issueId)
    const form = buildRegistrationForm(inputs)
    return { form, missing: missingRequiredFields(form), fileNames: exportFileNames(form), mail: this.recipients(inputs) }
  }

  /**
   * Renders the (possibly edited) form. Edits apply to this export only: they are not written
   * back to the issue; the export itself is recorded in the timeline with its file names.
   */
  async make(issueId: number, form: RegistrationForm, save: SaveFiles) {
    const inputs = this.inputs(issueId)
    const out = await exportRegistrationForm(form, { recipients: this.recipients(inputs), now: inputs.now, fontsDir: this.fontsDir })
    const files: ExportedFile[] = [
      { name: out.fileNames.docx, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: out.docx },
      { name: out.fileNames.pdf, mime: 'application/pdf', data: out.pdf },
      { name: out.fileNames.eml, mime: 'message/rfc822', data: out.eml },
    ]
    const savedTo = await save(files)
    this.store.issues.addEvent(issueId, this.now().toISOString(), 'exportMade', {
      files: files.map((f) => f.name),
      savedTo,
      missing: missingRequiredFields(form),
    })
    this.hub.emit('issuesChanged', { ids: [issueId] })
    return {
      files: files.map((f) => ({ name: f.name, mime: f.mime, base64: f.data.toString('base64') })),
      text: out.text,
      missing: missingRequiredFields(form),
      savedTo,
    }
  }
}
