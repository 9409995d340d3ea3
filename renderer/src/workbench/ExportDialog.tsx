import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { ReplyOf } from '../../../shared/ipc/contract'
import { exportFileNames } from '../../../shared/form/fileName'
import { registrationFormText } from '../../../shared/form/formText'
import type { RegistrationForm } from '../../../shared/form/registrationForm'
import type { MailRecipients } from '../../../shared/form/mailDraft'
import { toFormErrors } from '../common/errors'
import { copyText } from './clipboard'
import { downloadFiles, type DownloadLink } from './download'
import { ExportMailDraft } from './ExportMailDraft'
import { FormRow, MissingFields } from './ExportFormParts'

type ExportReply = ReplyOf<'export.make'>

/** The result line under the buttons: where the files went, and the links again in the browser. */
interface Outcome {
  savedTo: string | null
  links: DownloadLink[]
}

const PARTNER_KEYS = new Set(['partnerCompany', 'partnerEngineer', 'partnerPhone', 'partnerEmail', 'distributor'])
const WRITTEN_AT = /^\d{4}-\d{2}-\d{2}$/

/** The export dialog: the editable preview, the mail draft, then the files and the clipboard copy. */
export function ExportDialog({
  issueId,
  issueLabel,
  initial,
  recipients,
  onClose,
  onExported,
}: {
  issueId: number
  issueLabel?: string
  initial: RegistrationForm
  recipients: MailRecipients
  onClose: () => void
  onExported?: () => void
}) {
  const { t } = useTranslation()
  const titleId = useId()
  const [form, setForm] = useState<RegistrationForm>(initial)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
  const [error, setError] = useState('')
  const dialogRef = useRef<HTMLDivElement>(null)
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  // As missingRequiredFields (shared/form), with keys: the warning updates while the user fills fields in.
  const missing = useMemo(() => [...form.fields, ...form.sections].filter((x) => x.required && x.value.trim() === ''), [form])
  const names = useMemo(() => exportFileNames(form), [form])
  const dateOk = WRITTEN_AT.test(form.writtenAt)
  const partnerMissing = missing.some((x) => PARTNER_KEYS.has(x.key))

  useEffect(() => {
    const first = dialogRef.current?.querySelector<HTMLElement>('.xp-grid input, .xp-grid textarea')
    first?.focus()
    document.body.classList.add('modal-open')
    return () => {
      document.body.classList.remove('modal-open')
      if (copiedTimer.current) clearTimeout(copiedTimer.current)
    }
  }, [])
  // Object URLs of the browser downloads live while the dialog is open (the links stay clickable).
  useEffect(() => () => outcome?.links.forEach((l) => URL.revokeObjectURL(l.url)), [outcome])

  const setValue = (list: 'fields' | 'sections', key: string, value: string) =>
    setForm((f) => ({ ...f, [list]: f[list].map((x) => (x.key === key ? { ...x, value } : x)) }))

  const make = async () => {
    if (busy || !dateOk) return
    setBusy(true)
    setError('')
    try {
      const reply: ExportReply = await call('export.make', { issueId, form })
      setOutcome({ savedTo: reply.savedTo, links: reply.savedTo === null ? downloadFiles(reply.files) : [] })
      onExported?.()
    } catch (e) {
      setError(toFormErrors(e).message)
    } finally {
      setBusy(false)
    }
  }

  const copy = async () => {
    // The same text the core puts in `export.make`'s reply, from the edited form, without saving files.
    const ok = await copyText(registrationFormText(form))
    setCopied(ok ? 'ok' : 'failed')
    if (copiedTimer.current) clearTimeout(copiedTimer.current)
    copiedTimer.current = setTimeout(() => setCopied(null), 4000)
  }

  const focusField = (key: string) => dialogRef.current?.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus()

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.nativeEvent.isComposing || e.nativeEvent.keyCode === 229) return
    if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    } else if (e.key === 'Tab') {
      // Keep Tab inside the dialog.
      const focusables = [...(dialogRef.current?.querySelectorAll<HTMLElement>('input, textarea, button:not(:disabled), a[href]') ?? [])]
      const first = focusables[0]
      const last = focusables[focusables.length - 1]
      const wrapTo = e.shiftKey ? (document.activeElement === first ? last : null) : document.activeElement === last ? first : null
      if (wrapTo) {
        e.preventDefault()
        wrapTo.focus()
      }
    }
  }

  return createPortal(
    <div className="xp-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={dialogRef} className="xp-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="export-dialog" onKeyDown={onKeyDown}>
        <header className="xp-head">
          <div>
            <h2 id={titleId}>{t('wb.export')}</h2>
            <span className="muted small xp-issue">
              #{issueId}
              {issueLabel ? ` · ${issueLabel}` : ''}
            </span>
          </div>
          <button type="button" className="ghost xp-x" aria-label={t('wb.exportClose')} onClick={onClose}>✕</button>
        </header>

        <div className="xp-body">
          {missing.length > 0 && <MissingFields missing={missing} partnerMissing={partnerMissing} focusField={focusField} />}

          <ExportMailDraft form={form} recipients={recipients} />

          <div className="xp-doc">
            <div className="xp-doc-title">
              <h3 data-testid="export-form-title">{form.title}</h3>
              <label className="xp-date">
                <span>{t('wb.exportWrittenAt')}</span>
                <input
                  name="writtenAt"
                  value={form.writtenAt}
                  placeholder="YYYY-MM-DD"
                  inputMode="numeric"
                  maxLength={10}
                  autoComplete="off"
                  aria-invalid={!dateOk}
                  required
                  onChange={(e) => setForm((f) => ({ ...f, writtenAt: e.target.value.trim() }))}
                />
              </label>
            </div>
            <div className="xp-grid" role="group" aria-label={t('wb.exportFields')}>
              {form.fields.map((x) => (
                <FormRow key={x.key} item={x} onChange={(v) => setValue('fields', x.key, v)} />
              ))}
            </div>
            <div className="xp-grid sections" role="group" aria-label={t('wb.exportSections')}>
              {form.sections.map((x) => (
                <FormRow key={x.key} item={x} multiline onChange={(v) => setValue('sections', x.key, v)} />
              ))}
            </div>
          </div>
        </div>

        <footer className="xp-foot">
          <div className="xp-foot-info">
            <p className="xp-note">{t('wb.exportEditNote')}</p>
            <p className="xp-files small muted" data-testid="export-file-names">
              <span>{t('wb.exportFiles')}:</span> <span className="mono">{names.docx.replace(/\.docx$/, '')}</span> .docx · .pdf · .eml
            </p>
            {outcome?.savedTo && (
              <p className="ok-msg" role="status" data-testid="export-result">{t('wb.exportSaved', { path: outcome.savedTo })}</p>
            )}
            {outcome && outcome.savedTo === null && (
              <p className="ok-msg" role="status" data-testid="export-result">
                {t('wb.exportDownloaded', { n: outcome.links.length })}{' '}
                {outcome.links.map((l) => (
                  <a key={l.name} className="xp-dl" href={l.url} download={l.name}>
                    {l.name.split('.').pop()!.toUpperCase()} ↓
                  </a>
                ))}
              </p>
            )}
            {!dateOk && <p className="form-error" role="alert">{t('wb.exportWrittenAt')}: YYYY-MM-DD</p>}
            {error && <p className="form-error" role="alert">{error}</p>}
          </div>
          <div className="xp-actions">
            <span className="xp-copied" role="status" aria-live="polite">
              {copied === 'ok' && <span className="ok-msg" data-testid="export-copied">✓ {t('wb.exportCopied')}</span>}
              {copied === 'failed' && <span className="form-error">{t('wb.exportCopyFailed')}</span>}
            </span>
            <button type="button" onClick={() => void copy()} data-testid="export-copy">{t('wb.exportCopy')}</button>
            <button type="button" className="primary" onClick={() => void make()} disabled={busy || !dateOk} data-testid="export-make">
              {busy ? t('wb.exportMaking') : t('wb.exportMake')}
            </button>
          </div>
        </footer>
      </div>
    </div>,
    document.body,
  )
}
