// Longer than ~250 lines on purpose: the quick-entry form's keyboard flow (save keys, Esc with a kept draft,
// track keys, the line parser's suggestions) reads best in one component; each field is its own file here.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { TRACKS } from '../../../shared/domain/vocabulary'
import { statusSuggestsSalesTrack } from '../../../shared/model/customerStatus'
import { fieldError, toFormErrors } from '../common/errors'
import type { Lang } from '../../../shared/format/duration'
import { fromKstInput, toKstInput } from '../../../shared/format/kst'
import { CustomerCombobox } from './CustomerCombobox'
import { FieldError } from './FieldError'
import { KnownCustomer } from './KnownCustomer'
import { RenewalPicker } from './RenewalPicker'
import { SavedBanner, savedInfo, type SavedInfo } from './SavedBanner'
import { Sev1Panel } from './Sev1Panel'
import { TrackPicker } from './TrackPicker'
import { isComposing, isSaveKey, isTextEntry, trackFromKey } from './keys'
import { TitleLine } from './TitleLine'
import { clearKeptDraft, keepDraft, keptDraft } from './keptDraft'
import { useDirectory } from './useDirectory'
import { useQuickDraft } from './useQuickDraft'
import { SeverityRow } from './SeverityRow'
import { OccurredAtRow } from './OccurredAtRow'
import { hostNow } from '../../api/hostClock'

const SAVED_BANNER_MS = 2000

/** The quick-entry form: everything by keyboard, Korean IME-safe, nothing lost on error. */
export function QuickEntry({ onEscape, onSaved }: { onEscape?: () => void; onSaved?: (issue: { id: number; title: string }) => void }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const { customers, contacts, error: directoryError, reload: loadDirectory } = useDirectory()
  // The title's last composed text: what the line parser reads (nothing is parsed mid-composition).
  // A draft kept by Esc (the window closed, or the app restarted) comes back.
  const [kept] = useState(keptDraft)
  const [line, setLine] = useState(kept?.title ?? '')
  const q = useQuickDraft(customers, line, kept)
  const { draft, update, errors, clearError, parsed, known, track, renewal, severity, suggested } = q
  const [askDiscard, setAskDiscard] = useState(false)
  const [restored, setRestored] = useState(kept !== null)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<SavedInfo | null>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  const trackRefs = useRef<Array<HTMLButtonElement | null>>([])
  const bannerTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    titleRef.current?.focus()
    // The Electron window is hidden and shown again: refresh the directory and focus the title.
    const onFocus = () => {
      loadDirectory()
      if (!document.activeElement || document.activeElement === document.body) titleRef.current?.focus()
    }
    window.addEventListener('focus', onFocus)
    return () => {
      window.removeEventListener('focus', onFocus)
      if (bannerTimer.current) clearTimeout(bannerTimer.current)
    }
  }, [loadDirectory])

  const salesHint = statusSuggestsSalesTrack(q.status) && track !== 'sales'

  const reset = () => {
    q.reset()
    setLine('')
    setAskDiscard(false)
    setRestored(false)
    clearKeptDraft()
    titleRef.current?.focus()
  }

  const save = async () => {
    if (saving) return
    if (!track) {
      q.setErrors({ message: t('quick.chooseTrack'), fields: { track: t('quick.chooseTrack') } })
      trackRefs.current[0]?.focus() // from here plain 1/2/3 choose
      return
    }
    if (draft.title.trim() && !parsed.title) {
      q.setErrors({ message: '', fields: { title: t('quick.line.titleEmpty') } })
      titleRef.current?.focus()
      return
    }
    // Sev1 from the line: first the SE consultation (the panel is open now), then Enter again.
    if (severity === 1 && draft.severity === null && !draft.seId) {
      q.setErrors({ message: '', fields: { sev1ConsultedSeId: t('quick.line.sev1') } })
      document.getElementById('q-se')?.focus()
      return
    }
    setSaving(true)
    try {
      const created = await call('issues.create', {
        title: parsed.title,
        track,
        customerId: known?.id ?? null,
        customerName: q.customerName.trim(),
        customerStatus: q.status,
        renewal: renewal ?? undefined,
        problemType: q.problemType,
        severity: severity ?? undefined,
        sev1ConsultedSeId: severity === 1 ? draft.seId : null,
        sev1ConsultedAt: severity === 1 ? fromKstInput(draft.seAt) : null, // null: the core records now
        errorMessage: draft.errorMessage,
        firstOccurredAt: q.firstOccurredAt, // null: the core records the moment of saving
        caseNumber: parsed.caseNumber ?? null,
      })
      onSaved?.({ id: created.id, title: created.title })
      setSaved(savedInfo(created, lang))
      if (bannerTimer.current) clearTimeout(bannerTimer.current)
      bannerTimer.current = setTimeout(() => setSaved(null), SAVED_BANNER_MS)
      reset()
      loadDirectory()
    } catch (e) {
      q.setErrors(toFormErrors(e))
    } finally {
      setSaving(false)
    }
  }

  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement
    const inTextarea = target.tagName === 'TEXTAREA'
    const native = e.nativeEvent
    const keyLike = { key: e.key, code: e.code, keyCode: native.keyCode, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, isComposing: native.isComposing }

    if (e.key === 'Escape' && !isComposing(keyLike)) {
      e.preventDefault()
      const typed = Boolean(draft.title.trim() || draft.customerName.trim() || draft.errorMessage.trim())
      // Esc never throws a draft away unasked: closing keeps it for the next open; in the browser
      // (where Esc does not close) a second Esc discards it.
      if (typed) keepDraft(draft)
      if (onEscape) return onEscape()
      if (!typed || askDiscard) return reset()
      return setAskDiscard(true)
    }
    if (askDiscard) setAskDiscard(false)
    if (isSaveKey(keyLike, inTextarea)) {
      // Enter on a button presses it, except in the track group: there it saves like a single-line field.
      if (target.tagName === 'BUTTON' && !target.dataset.track && !e.ctrlKey && !e.metaKey) return
      e.preventDefault()
      void save()
      return
    }
    // Alt+1/2/3 anywhere; plain 1/2/3 only where digits are not text (track group, selects, buttons).
    const chosen = trackFromKey(keyLike, isTextEntry(target))
    if (chosen) {
      e.preventDefault()
      q.chooseTrack(chosen)
      if (target.dataset.track) trackRefs.current[TRACKS.indexOf(chosen)]?.focus()
    }
  }

  const err = (path: string) => fieldError(errors, path)
  const se1Error = err('severity') ?? err('sev1ConsultedSeId')

  return (
    // Saving is only by the key handler or the button: the browser's implicit submission on Enter would
    // also fire while an IME composition is being confirmed.
    <form className="quick" onKeyDown={onFormKeyDown} onSubmit={(e) => e.preventDefault()} noValidate>
      {saved && <SavedBanner saved={saved} lang={lang} />}
      <div className="quick-head">
        <span className="quick-mark" aria-hidden>V</span>
        <h1>{t('quick.heading')}</h1>
        <span className="quick-keys">{t('quick.keys')}</span>
      </div>

      <TitleLine
        value={draft.title}
        line={line}
        parsed={parsed}
        inputRef={titleRef}
        onChange={(title, composing) => {
          update({ title })
          if (!composing) setLine(title)
          clearError('title')
        }}
        onComposed={setLine}
        onDismiss={q.dismiss}
        error={err('title')}
      />
      {askDiscard && <p className="hint warn qline-note" role="alert">{t('quick.line.discardAsk')}</p>}
      {restored && !askDiscard && <p className="hint qline-note">{t('quick.line.restored')}</p>}

      <TrackPicker track={track} onChoose={q.chooseTrack} buttons={trackRefs} salesHint={salesHint} error={err('track')} />

      <CustomerCombobox
        value={q.customerName}
        customers={customers}
        onChange={(customerName) => (update({ customerName }), clearError('customerName', 'customerId'))}
        onPick={(c) => (update({ customerName: c.name }), clearError('customerName', 'customerId', 'renewal'))}
        error={err('customerName') ?? err('customerId')}
      />

      {known ? (
        <KnownCustomer customer={known} contacts={contacts} lineRenewal={q.lineRenewal} />
      ) : (
        <RenewalPicker
          renewal={renewal}
          onRenewal={(r) => (update({ renewal: r }), r && clearError('renewal'))}
          status={q.status}
          onStatus={q.setStatus}
          defaulted={q.noCustomer && !draft.renewal}
          error={err('renewal')}
        />
      )}

      <SeverityRow
        problemType={q.problemType}
        onProblemType={(problemType) => update({ problemType })}
        severity={severity}
        suggested={suggested}
        error={se1Error}
        onSeverity={(chosen) => {
          update(chosen === 1 && !draft.seAt ? { severity: chosen, seAt: toKstInput(hostNow()) } : { severity: chosen })
          clearError('severity', 'sev1ConsultedSeId')
        }}
      />

      {severity === 1 && (
        <Sev1Panel
          contacts={contacts}
          seId={draft.seId}
          onSe={(seId) => (update({ seId }), clearError('severity', 'sev1ConsultedSeId'))}
          at={draft.seAt}
          onAt={(seAt) => update({ seAt })}
          hasError={Boolean(se1Error)}
        />
      )}

      <OccurredAtRow
        value={draft.occurredAt}
        instant={q.firstOccurredAt}
        error={err('firstOccurredAt')}
        onChange={(occurredAt) => (update({ occurredAt }), clearError('firstOccurredAt'))}
      />

      <div className="qfield">
        <textarea
          name="errorMessage"
          aria-label={t('quick.error')}
          placeholder={t('quick.errorPh')}
          rows={3}
          value={draft.errorMessage}
          onChange={(e) => update({ errorMessage: e.target.value })}
        />
        <FieldError text={err('errorMessage')} />
      </div>

      <div className="quick-foot">
        <span className="form-error" role="alert">
          {/* field errors stand next to their fields; the footer speaks only when no field does */}
          {errors.message && Object.keys(errors.fields).length === 0 ? errors.message : directoryError}
        </span>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t('common.saving') : t('quick.save')} <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  )
}
