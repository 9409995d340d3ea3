import { useCallback, useMemo, useState } from 'react'
import { parseQuickLine, type QuickLine, type QuickLineToken } from '../../../shared/domain/quickLine'
import { suggestSeverity } from '../../../shared/domain/severitySuggestion'
import { fromKstInput } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'
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
  /** First occurrence set by hand (datetime-local, KST); empty: the line's, else the time of saving. */
  occurredAt: string
  /** Chips turned back into text, as `kind:text`. */
  dismissed: string[]
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
  occurredAt: '',
  dismissed: [],
})

export const chipKey = (line: string, t: QuickLineToken): string => `${t.kind}:${line.slice(t.start, t.end)}`

/**
 * The quick-entry draft and what follows from it. The title line is parsed (never while an IME
 * composition is in progress: `line` is the last composed text) and fills every field the user has
 * not set by hand; a field set by hand wins and its token goes back into the title as plain text, as
 * do chips the user dismissed. Clearing a hand-set field hands it back to the line. A known customer
 * not yet in production suggests the sales deal until a track is chosen by hand.
 */
export function useQuickDraft(customers: readonly Customer[], line: string, initial: Draft | null = null) {
  const [draft, setDraft] = useState<Draft>(() => (initial ? { ...emptyDraft(), ...initial } : emptyDraft()))
  const [trackTouched, setTrackTouched] = useState(false)
  const [errors, setErrors] = useState<FormErrors>(noErrors)

  // What the user set by hand: a value other than the empty one.
  const byHand: Record<QuickLineToken['kind'], boolean> = {
    customer: draft.customerName.trim() !== '',
    severity: draft.severity !== null,
    renewal: draft.renewal !== null,
    time: draft.occurredAt !== '',
    status: draft.customerStatus !== 'operating',
    track: trackTouched,
    problemType: draft.problemType !== 'other',
    caseNumber: false,
  }
  const handKey = Object.entries(byHand).filter(([, v]) => v).map(([k]) => k).join()
  const parsed: QuickLine = useMemo(() => {
    const options = { now: hostNow(), customers }
    const first = parseQuickLine(line, options)
    const keep = first.tokens.filter((t) => byHand[t.kind] || draft.dismissed.includes(chipKey(line, t)))
    return keep.length ? parseQuickLine(line, { ...options, keep }) : first
    // byHand is summarised by handKey
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [line, customers, handKey, draft.dismissed])

  const customerName = byHand.customer ? draft.customerName : (parsed.customerName ?? '')
  const known = useMemo(() => {
    const name = customerName.trim().toLowerCase()
    return name ? (customers.find((c) => c.name.trim().toLowerCase() === name) ?? null) : null
  }, [customers, customerName])
  const status = byHand.status ? draft.customerStatus : (parsed.customerStatus ?? (known ? known.status : draft.customerStatus))
  // Derived, so it also applies when the customer list arrives after the name was typed.
  const track: Track | null = trackTouched
    ? draft.track
    : (parsed.track ?? (known && statusSuggestsSalesTrack(known.status) ? 'sales' : draft.track))
  const noCustomer = customerName.trim() === ''
  // The line's renewal is this issue's, also for a known customer; a NEW customer name gets no default;
  // no customer at all: Production (the stricter clocks) unless chosen.
  const lineRenewal = parsed.renewal ?? null
  const renewal = known ? (lineRenewal ?? known.renewal) : (draft.renewal ?? lineRenewal ?? (noCustomer ? 'production' : null))
  const problemType = byHand.problemType ? draft.problemType : (parsed.problemType ?? draft.problemType)
  const suggested = track ? suggestSeverity(track, problemType) : null
  const severity = draft.severity ?? parsed.severity ?? suggested
  const firstOccurredAt = draft.occurredAt ? fromKstInput(draft.occurredAt) : (parsed.firstOccurredAt ?? null)

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

  const dismiss = (key: string) => update({ dismissed: [...draft.dismissed, key] })

  return {
    draft, update, errors, setErrors, clearError, parsed, customerName, known, track, status, noCustomer,
    lineRenewal, renewal, problemType, suggested, severity, firstOccurredAt, chooseTrack, setStatus, reset, dismiss,
  }
}

export type QuickDraft = ReturnType<typeof useQuickDraft>
