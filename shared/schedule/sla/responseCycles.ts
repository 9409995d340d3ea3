import { targetResponseDueMs, type Renewal, type Severity } from '../../domain'
import { instantMs, isoInstant } from '../../domain/time/isoInstant'
import { HOUR_MS } from '../../domain/time/kstDays'
import { TARGET_RESPONSE } from '../alertPlan'
import { targetAnchorText, type DeadlineRules } from '../issueDeadlines'
import type { IssueHistory } from './history'
import type { CycleOutcome } from './reportSchema'

/** One response cycle; instants as the report shows them (ISO-8601 UTC, canonical: they compare as text). */
export interface ResponseCycle {
  index: number
  start: string
  clockFrom: string
  due: string
  dueRecorded: boolean
  respondedAt: string | null
  endedAt: string | null
  outcome: CycleOutcome
  severity: Severity
  renewal: Renewal
  responseHours: number | null
}

interface Running {
  index: number
  start: string
  /** The due kept in the timeline for this run of the clock (a recorded breach). */
  recordedDue: string | null
}

/**
 * The response cycles of one issue, replayed from its timeline in the order the events were
 * written, so the report knows what the live clock knew. A cycle runs from a case open (or a
 * reopening with a case open) to the first response after it. The running clock's anchor and due
 * come from the same functions as the live clock (`targetAnchor`, `targetResponseDue`): a severity
 * change before the response restarts it, a renewal change recomputes it from the same anchor. A finished cycle keeps the due recorded with its response or its breach
 * when there is one.
 */
export function responseCycles(h: IssueHistory, rules: DeadlineRules, now: Date): ResponseCycle[] {
  const created = h.events.find((e) => e.kind === 'created')
  const firstChange = (field: string) => h.events.find((e) => e.kind === 'fieldChanged' && e.data.field === field)
  let severity = ((firstChange('severity')?.data.old ?? created?.data.severity ?? h.issue.severity) as Severity)
  let renewal = ((firstChange('renewal')?.data.old ?? h.issue.renewal) as Renewal)
  const clock = { caseOpenedAt: null as string | null, reopenedAt: null as string | null, severityChangedAt: null as string | null }
  let responded = false
  let open = true
  let run = null as Running | null
  let count = 0
  const cycles: ResponseCycle[] = []

  /** Case open or reopening, whichever is later: a severity change moves the clock, not the cycle. */
  const cycleStart = () => targetAnchorText({ caseOpenedAt: clock.caseOpenedAt, reopenedAt: clock.reopenedAt, severityChangedAt: null })!
  const startIfRunning = () => {
    if (run || !open || responded || !clock.caseOpenedAt) return
    run = { index: ++count, start: cycleStart(), recordedDue: null }
  }
  const finish = (r: Running, outcome: CycleOutcome | null, endedAt: string | null, respondedAt: string | null, recorded: string | null) => {
    const dueIso = recorded ?? r.recordedDue
    const from = targetAnchorText(clock)!
    const dueMs = dueIso ? instantMs(dueIso) : targetResponseDueMs(instantMs(from), severity, renewal, rules.calendar, rules.settings.targets)
    const respondedMs = respondedAt === null ? null : instantMs(respondedAt)
    const decided: CycleOutcome =
      outcome ?? (respondedMs !== null ? (respondedMs <= dueMs ? 'met' : 'breached') : now.getTime() > dueMs ? 'breached' : 'pending')
    cycles.push({
      index: r.index,
      start: r.start,
      clockFrom: from,
      due: dueIso ?? isoInstant(dueMs),
      dueRecorded: dueIso !== null,
      respondedAt,
      endedAt,
      outcome: decided,
      severity,
      renewal,
      responseHours: respondedMs === null ? null : responseTimeHours(new Date(instantMs(from)), new Date(respondedMs), renewal, rules),
    })
  }

  for (const e of h.events) {
    switch (e.kind) {
      case 'caseOpened':
        clock.caseOpenedAt = e.at
        if (run) run.start = cycleStart()
        startIfRunning()
        break
      case 'fieldChanged':
        if (e.data.field === 'severity') {
          severity = e.data.new as Severity
          if (run) {
            clock.severityChangedAt = e.at
            run.recordedDue = null
          }
        } else if (e.data.field === 'renewal') renewal = e.data.new as Renewal
        break
      case 'deadlineMissed':
        if (run && e.data.target === TARGET_RESPONSE) run.recordedDue = e.data.dueAt as string
        break
      case 'firstResponse':
        if (run) finish(run, null, e.at, e.at, (e.data.dueAt as string | null | undefined) ?? null)
        run = null
        responded = true
        break
      case 'resolved':
        if (run) finish(run, 'unrecorded', e.at, null, null)
        run = null
        open = false
        break
      case 'reopened':
        clock.reopenedAt = e.at
        responded = false
        open = true
        startIfRunning()
        break
    }
  }
  if (run) finish(run, null, null, null, null)
  return cycles
}

/** Basic support counts Korean business hours, Production wall-clock hours (the target's own units). */
export function responseTimeHours(from: Date, to: Date, renewal: Renewal, rules: DeadlineRules): number {
  const ms = renewal === 'basic' ? rules.calendar.businessTimeBetween(from, to) : Math.max(0, to.getTime() - from.getTime())
  return ms / HOUR_MS
}
