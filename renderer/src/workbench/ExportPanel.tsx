import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { RegistrationForm } from '../../../shared/form/registrationForm'
import type { MailRecipients } from '../../../shared/form/mailDraft'
import { toFormErrors } from '../common/errors'
import { ExportDialog } from './ExportDialog'

/**
 * The registration form export: an editable preview of the filled form, then DOCX, PDF
 * and the .eml draft (saved by Electron, downloaded in the browser preview) and plain text on the
 * clipboard. Edits apply to this export only; the core records the export in the timeline.
 */
export function ExportPanel({ issueId, issueLabel, onExported }: { issueId: number; issueLabel?: string; onExported?: () => void }) {
  const { t } = useTranslation()
  const [preview, setPreview] = useState<{ form: RegistrationForm; mail: MailRecipients } | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState('')
  const openButton = useRef<HTMLButtonElement>(null)

  const open = async () => {
    setLoading(true)
    try {
      const { form, mail } = await call('export.preview', { issueId })
      setPreview({ form, mail })
      setError('')
    } catch (e) {
      setError(toFormErrors(e).message)
    } finally {
      setLoading(false)
    }
  }
  const close = () => {
    setPreview(null)
    openButton.current?.focus()
  }

  return (
    <section className="card export-panel" data-testid="export-panel" data-issue-id={issueId} aria-labelledby={`export-h-${issueId}`}>
      <div className="export-panel-text">
        <h2 id={`export-h-${issueId}`}>{t('wb.export')}</h2>
        <span className="hint">{t('wb.exportIntro')}</span>
      </div>
      <button ref={openButton} className="primary" onClick={() => void open()} disabled={loading} data-testid="export-open" aria-haspopup="dialog">
        {loading ? t('common.loading') : t('wb.export')}
      </button>
      {error && <p className="form-error" role="alert">{error}</p>}
      {preview && (
        <ExportDialog issueId={issueId} issueLabel={issueLabel} initial={preview.form} recipients={preview.mail} onClose={close} onExported={onExported} />
      )}
    </section>
  )
}
