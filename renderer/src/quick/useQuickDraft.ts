import { useCallback, useMemo, useState } from 'react'
import { suggestSeverity } from '../../../shared/domain/severitySuggestion'
import type { ProblemType, Renewal, Severity, Track } from '../../../shared/domain/vocabulary'
import type { Customer } from '../../../shared/model'
import { statusSuggestsSalesTrack, type CustomerStatus } from '../../../shared/model/customerStatus'
import { noErrors, type FormErrors } from '../common/errors'

/** What the user has typed and chosen in the quick-entry form so far. */
export interface Draft {
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

export const emptyDraft = (): Draft => ({
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

/**
 * The quick-entry draft and what follows from it: the known customer, the track (a customer not yet
 * in production suggests the sales deal until a track is chosen by hand), renewal and severity.
 */
export function useQuickDraft(customers: readonly Customer[]) {
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [trackTouched, setTrackTouched] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)

  const known = useMemo(() => {
    const name = draft.customerName.trim().toLowerCase()
    return name ? (customers.find((c) => c.name.trim().toLowerCase() === name) ?? null) : null
  }, [customers, draft.customerName])
  // Derived, so it also applies when the customer list arrives after the name was typed.
  const track: Track | null = !trackTouched && known && statusSuggestsSalesTrack(known.status) ? 'sales' : draft.track
  const status = known ? known.status : draft.customerStatus
  const noCustomer = draft.customerName.trim() === ''
  // No customer named: Production (the stricter clocks) unless chosen; a NEW customer name gets no default.
  const renewal = known ? known.renewal : (draft.renewal ?? (noCustomer ? 'production' : null))
  const suggested = track ? suggestSeverity(track, draft.problemType) : null
  const severity = draft.severity ?? suggested

  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), [])
  const clearError = useCallback(
    (...keys: string[]) =>
      setErrors((e) => {
        if (!keys.some((k) => e.fields[k])) return e
        const fields = { ...e.fields }
        for (const k of keys) delete fields[k]
        return { message: Object.keys(fields).length ? e.message : '', fields }
      }),
    [],
  )
  const chooseTrack = (t: Track) => {
    update({ track: t })
    setTrackTouched(true)
    clearError('track')
  }
  const setStatus = (s: CustomerStatus) => {
    // A customer that is not yet in production suggests the sales-deal track.
    update(statusSuggestsSalesTrack(s) && !trackTouched ? { customerStatus: s, track: 'sales' } : { customerStatus: s })
  }
  const reset = () => {
    setDraft(emptyDraft())
    setTrackTouched(false)
    setErrors(noErrors)
  }

  return { draft, update, errors, setErrors, clearError, known, track, status, noCustomer, renewal, suggested, severity, chooseTrack, setStatus, reset }
}

export type QuickDraft = ReturnType<typeof useQuickDraft>
