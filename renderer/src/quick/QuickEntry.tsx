import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { suggestSeverity } from '../../../shared/domain/severitySuggestion'
import { PROBLEM_TYPES, SEVERITIES, TRACKS, type ProblemType, type Renewal, type Severity, type Track } from '../../../shared/domain/vocabulary'
import type { Contact, Customer } from '../../../shared/model'
import { CUSTOMER_STATUSES, statusSuggestsSalesTrack, type CustomerStatus } from '../../../shared/model/customerStatus'
import { fieldError, noErrors, toFormErrors, type FormErrors } from '../common/errors'
import type { Lang } from '../../../shared/format/duration'
import { fromKstInput, toKstInput } from '../../../shared/format/kst'
import { SavedBanner, savedInfo, type SavedInfo } from './SavedBanner'
import { isComposing, isSaveKey, isTextEntry, renewalFromKey, renewalFromText, trackFromKey } from './keys'
import { hostNow } from '../../api/hostClock'


interface Draft {
  title: string
  customerName: string
  customerStatus: CustomerStatus
  renewal: Renewal | null
  track: Track | null
  problemType: ProblemType
  severity: Severity | null
  seId: number | null
  seAt: string
  errorMessage: string
}

const emptyDraft = (): Draft => ({
  title: '',
  customerName: '',
  customerStatus: 'operating',
  renewal: null,
  track: null,
  problemType: 'other',
  severity: null,
  seId: null,
  seAt: '', // filled with the time Sev1 is chosen: the window is created once, hidden, at app start
  errorMessage: '',
})

const SAVED_BANNER_MS = 2000

/** The quick-entry form (spec §13): everything by keyboard, Korean IME-safe, nothing lost on error. */
export function QuickEntry({ onEscape }: { onEscape?: () => void }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [trackTouched, setTrackTouched] = useState(false)
  const [customers, setCustomers] = useState<Customer[]>([])
  const [contacts, setContacts] = useState<Contact[]>([])
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [saving, setSaving] = useState(false)
  const [saved, setSaved] = useState<SavedInfo | null>(null)
  const [suggestOpen, setSuggestOpen] = useState(false)
  const [highlight, setHighlight] = useState(-1)
  const titleRef = useRef<HTMLInputElement>(null)
  const trackRefs = useRef<Array<HTMLButtonElement | null>>([])
  const bannerTimer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const loadDirectory = useCallback(() => {
    call('customers.list', {}).then(setCustomers, () => undefined)
    call('contacts.list', {}).then(setContacts, () => undefined)
  }, [])

  useEffect(() => {
    titleRef.current?.focus()
    loadDirectory()
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

  const known = useMemo(() => {
    const name = draft.customerName.trim().toLowerCase()
    return name ? (customers.find((c) => c.name.trim().toLowerCase() === name) ?? null) : null
  }, [customers, draft.customerName])
  // A known customer not yet in production suggests the sales deal until a track is chosen by hand
  // (derived, so it also applies when the customer list arrives after the name was typed).
  const track: Track | null = !trackTouched && known && statusSuggestsSalesTrack(known.status) ? 'sales' : draft.track


  const suggestions = useMemo(() => {
    const q = draft.customerName.trim().toLowerCase()
    if (!q) return []
    return customers.filter((c) => c.name.toLowerCase().includes(q) && c.name.toLowerCase() !== q).slice(0, 6)
  }, [customers, draft.customerName])

  const ses = contacts.filter((c) => c.role === 'veeamSe')
  const contactName = (id: number | null | undefined) => contacts.find((c) => c.id === id)?.name
  const status = known ? known.status : draft.customerStatus
  const noCustomer = draft.customerName.trim() === ''
  // No customer named: Production (the stricter clocks) unless chosen; a NEW customer name gets no default.
  const renewal = known ? known.renewal : (draft.renewal ?? (noCustomer ? 'production' : null))
  const suggested = track ? suggestSeverity(track, draft.problemType) : null
  const severity = draft.severity ?? suggested
  const salesHint = statusSuggestsSalesTrack(status) && track !== 'sales'

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const clearError = (...keys: string[]) =>
    setErrors((e) => {
      if (!keys.some((k) => e.fields[k])) return e
      const fields = { ...e.fields }
      for (const k of keys) delete fields[k]
      return { message: Object.keys(fields).length ? e.message : '', fields }
    })

  const chooseTrack = (track: Track) => {
    update({ track })
    setTrackTouched(true)
    clearError('track')
  }

  const setStatus = (s: CustomerStatus) => {
    update({ customerStatus: s })
    // A customer that is not yet in production suggests the sales-deal track (spec §13).
    if (statusSuggestsSalesTrack(s) && !trackTouched) update({ customerStatus: s, track: 'sales' })
  }

  const setCustomerName = (customerName: string) => update({ customerName })

  const pickCustomer = (c: Customer) => {
    setCustomerName(c.name)
    setSuggestOpen(false)
    setHighlight(-1)
    clearError('customerName', 'customerId', 'renewal')
  }

  const reset = () => {
    setDraft(emptyDraft())
    setTrackTouched(false)
    setErrors(noErrors)
    setSuggestOpen(false)
    setHighlight(-1)
    titleRef.current?.focus()
  }

  const save = async () => {
    if (saving) return
    if (!track) {
      setErrors({ message: t('quick.chooseTrack'), fields: { track: t('quick.chooseTrack') } })
      trackRefs.current[0]?.focus() // from here plain 1/2/3 choose
      return
    }
    setSaving(true)
    try {
      const created = await call('issues.create', {
        title: draft.title,
        track,
        customerId: known?.id ?? null,
        customerName: draft.customerName.trim(),
        customerStatus: status,
        renewal: renewal ?? undefined,
        problemType: draft.problemType,
        severity: severity ?? undefined,
        sev1ConsultedSeId: severity === 1 ? draft.seId : null,
        sev1ConsultedAt: severity === 1 ? fromKstInput(draft.seAt) : null, // null: the core records now
        errorMessage: draft.errorMessage,
      })
      setSaved(savedInfo(created, lang))
      if (bannerTimer.current) clearTimeout(bannerTimer.current)
      bannerTimer.current = setTimeout(() => setSaved(null), SAVED_BANNER_MS)
      reset()
      loadDirectory()
    } catch (e) {
      setErrors(toFormErrors(e))
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
      if (suggestOpen && suggestions.length) return setSuggestOpen(false)
      if (onEscape) return onEscape()
      return reset()
    }
    if (isSaveKey(keyLike, inTextarea)) {
      // Enter on a button presses it, except in the track group: there it saves like a single-line field.
      if (target.tagName === 'BUTTON' && !target.dataset.track && !e.ctrlKey && !e.metaKey) return
      e.preventDefault()
      void save()
      return
    }
    // Alt+1/2/3 anywhere; plain 1/2/3 only where digits are not text (track group, selects, buttons).
    const track = trackFromKey(keyLike, isTextEntry(target))
    if (track) {
      e.preventDefault()
      chooseTrack(track)
      if (target.dataset.track) trackRefs.current[TRACKS.indexOf(track)]?.focus()
    }
  }

  /** The track group is one tab stop (title → Tab → track); arrows move within it like radio buttons. */
  const onTrackKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    const next = (index + step + TRACKS.length) % TRACKS.length
    chooseTrack(TRACKS[next])
    trackRefs.current[next]?.focus()
  }

  const onCustomerKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!suggestOpen || suggestions.length === 0 || isComposing({ key: e.key, keyCode: e.nativeEvent.keyCode, isComposing: e.nativeEvent.isComposing })) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setHighlight((h) => (h + step + suggestions.length) % suggestions.length)
    } else if ((e.key === 'Enter' || e.key === 'Tab') && highlight >= 0) {
      e.preventDefault()
      e.stopPropagation()
      pickCustomer(suggestions[highlight])
    }
  }

  const onRenewalKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.key === 'Tab' || e.key === 'Enter' || e.key === 'Escape') return
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault()
      return update({ renewal: null })
    }
    const r = renewalFromKey({ key: e.key, code: e.code })
    if (r || e.key.length === 1) e.preventDefault()
    if (r) {
      update({ renewal: r })
      clearError('renewal')
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

      <div className="qfield qtitle">
        <input
          ref={titleRef}
          name="title"
          aria-label={t('quick.title')}
          placeholder={t('quick.titlePh')}
          value={draft.title}
          autoComplete="off"
          aria-invalid={Boolean(err('title'))}
          onChange={(e) => (update({ title: e.target.value }), clearError('title'))}
        />
        <FieldError text={err('title')} />
      </div>

      <div className="qrow">
        <span className="qlabel">{t('quick.track')}</span>
        <div className="seg track-group" role="group" aria-label={t('quick.track')} aria-describedby="q-track-hint">
          {TRACKS.map((tr, i) => (
            <button
              key={tr}
              ref={(el) => {
                trackRefs.current[i] = el
              }}
              type="button"
              tabIndex={(track ?? TRACKS[0]) === tr ? 0 : -1}
              className={`seg-btn track-${tr}`}
              aria-pressed={track === tr}
              data-track={tr}
              onClick={() => chooseTrack(tr)}
              onKeyDown={(e) => onTrackKeyDown(e, i)}
            >
              <kbd>{i + 1}</kbd> {t(`track.${tr}`)}
            </button>
          ))}
        </div>
        <span id="q-track-hint" className="hint track-hint">{t('quick.trackHint')}</span>
        {salesHint && <span className="hint warn">{t('quick.salesSuggested')}</span>}
        <FieldError text={err('track')} />
      </div>

      <div className="qrow">
        <label className="qlabel" htmlFor="q-customer">{t('quick.customer')}</label>
        <div className="qcustomer">
          <input
            id="q-customer"
            name="customerName"
            placeholder={t('quick.customerPh')}
            autoComplete="off"
            role="combobox"
            aria-expanded={suggestOpen && suggestions.length > 0}
            aria-controls="q-customer-list"
            aria-activedescendant={highlight >= 0 ? `q-cust-${highlight}` : undefined}
            value={draft.customerName}
            onChange={(e) => {
              setCustomerName(e.target.value)
              setSuggestOpen(true)
              setHighlight(-1)
              clearError('customerName', 'customerId')
            }}
            onKeyDown={onCustomerKeyDown}
            onBlur={() => setTimeout(() => setSuggestOpen(false), 120)}
          />
          {suggestOpen && suggestions.length > 0 && (
            <ul className="suggest" id="q-customer-list" role="listbox">
              {suggestions.map((c, i) => (
                <li
                  key={c.id}
                  id={`q-cust-${i}`}
                  role="option"
                  aria-selected={i === highlight}
                  onMouseDown={(e) => (e.preventDefault(), pickCustomer(c))}
                >
                  <span>{c.name}</span>
                  <span className="muted">{t(`renewal.${c.renewal}`)} · {t(`customerStatus.${c.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
          <FieldError text={err('customerName') ?? err('customerId')} />
        </div>
      </div>

      {known ? (
        <div className="qrow known" data-testid="known-customer">
          <span className="qlabel" />
          <span className={`badge renewal-${known.renewal}`}>{t(`renewal.${known.renewal}`)}</span>
          <span className="chip">{t(`customerStatus.${known.status}`)}</span>
          <span className="muted">
            {known.product}
            {known.version ? ` ${known.version}` : ''}
          </span>
          {(known.distributorContactId || known.seContactId) && (
            <span className="muted">
              {t('quick.contactsOf', { dist: contactName(known.distributorContactId) ?? '—', se: contactName(known.seContactId) ?? '—' })}
            </span>
          )}
        </div>
      ) : (
        <div className="qrow">
          <label className="qlabel" htmlFor="q-renewal">{t('quick.renewal')}</label>
          <div className="renewal-pick">
            <input
              id="q-renewal"
              name="renewal"
              className={`renewal-input ${renewal ? 'chosen' : ''}`}
              placeholder={t('quick.renewalPh')}
              autoComplete="off"
              value={renewal ? t(`renewal.${renewal}`) : ''}
              aria-invalid={Boolean(err('renewal'))}
              aria-describedby="q-renewal-hint"
              onKeyDown={onRenewalKeyDown}
              onChange={(e) => {
                const r = renewalFromText(e.target.value)
                update({ renewal: r })
                if (r) clearError('renewal')
              }}
            />
            <div className="seg small" role="group" aria-label={t('quick.renewal')}>
              {(['production', 'basic'] as const).map((r) => (
                <button
                  key={r}
                  type="button"
                  tabIndex={-1}
                  className="seg-btn"
                  data-renewal={r}
                  aria-pressed={renewal === r}
                  onClick={() => (update({ renewal: r }), clearError('renewal'))}
                >
                  <kbd>{r === 'production' ? 'P' : 'B'}</kbd> {t(`renewal.${r}`)}
                </button>
              ))}
            </div>
            <select
              name="customerStatus"
              aria-label={t('quick.status')}
              value={draft.customerStatus}
              onChange={(e) => setStatus(e.target.value as CustomerStatus)}
            >
              {CUSTOMER_STATUSES.map((s) => (
                <option key={s} value={s}>{t(`customerStatus.${s}`)}</option>
              ))}
            </select>
          </div>
          <span id="q-renewal-hint" className="hint">{noCustomer && !draft.renewal ? t('quick.renewalNoCustomer') : t('quick.renewalHint')}</span>
          <FieldError text={err('renewal')} />
        </div>
      )}

      <div className="qrow">
        <label className="qlabel" htmlFor="q-problem">{t('quick.problemType')}</label>
        <select
          id="q-problem"
          name="problemType"
          value={draft.problemType}
          onChange={(e) => update({ problemType: e.target.value as ProblemType })}
        >
          {PROBLEM_TYPES.map((p) => (
            <option key={p} value={p}>{t(`problem.${p}`)}</option>
          ))}
        </select>
        <label className="qlabel right" htmlFor="q-severity">{t('quick.severity')}</label>
        <div className="qsev">
          <select
            id="q-severity"
            name="severity"
            value={severity ?? ''}
            aria-invalid={Boolean(se1Error)}
            aria-describedby="q-severity-error"
            onChange={(e) => {
              const severity = e.target.value ? (Number(e.target.value) as Severity) : null
              update(severity === 1 && !draft.seAt ? { severity, seAt: toKstInput(hostNow()) } : { severity })
              clearError('severity', 'sev1ConsultedSeId')
            }}
          >
            {severity === null && <option value="">—</option>}
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                Sev{s}
                {s === suggested ? ` (${t('quick.suggested')})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldError id="q-severity-error" text={se1Error} className="qerr-row" />

      {severity === 1 && (
        <div className="qrow sev1" data-testid="sev1-panel">
          <label className="qlabel" htmlFor="q-se">{t('quick.sev1Se')}</label>
          <select
            id="q-se"
            name="sev1ConsultedSeId"
            value={draft.seId ?? ''}
            onChange={(e) => (update({ seId: e.target.value ? Number(e.target.value) : null }), clearError('severity', 'sev1ConsultedSeId'))}
          >
            <option value="">{ses.length ? t('quick.chooseSe') : t('quick.noSe')}</option>
            {ses.map((c) => (
              <option key={c.id} value={c.id}>{c.name}{c.phone ? ` · ${c.phone}` : ''}</option>
            ))}
          </select>
          <label className="qlabel right" htmlFor="q-se-at">{t('quick.sev1At')}</label>
          <input id="q-se-at" type="datetime-local" name="sev1ConsultedAt" value={draft.seAt} onChange={(e) => update({ seAt: e.target.value })} />
          {!draft.seId && !se1Error && <span className="hint warn full">{t('quick.sev1Need')}</span>}
        </div>
      )}

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
          {errors.message && Object.keys(errors.fields).length === 0 ? errors.message : ''}
        </span>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t('common.saving') : t('quick.save')} <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  )
}

function FieldError({ text, id, className }: { text?: string; id?: string; className?: string }) {
  return text ? (
    <span id={id} className={`field-error ${className ?? ''}`} role="alert">
      {text}
    </span>
  ) : null
}
