import { targetResponseDue, type Renewal, type Severity } from '../../domain'
import { HOUR_MS } from '../../domain/time/kstDays'
import { TARGET_RESPONSE } from '../alertPlan'
import { targetAnchor, type DeadlineRules } from '../issueDeadlines'
import type { IssueHistory } from './history'
import type { CycleOutcome } from './reportSchema'
import { instantMs } from '../../domain/time/isoInstant'

export interface ResponseCycle {
  index: number
  start: Date
  clockFrom: Date
  due: Date
  dueRecorded: boolean
  respondedAt: Date | null
  endedAt: Date | null
  outcome: CycleOutcome
  severity: Severity
  renewal: Renewal
  responseHours: number | null
}

interface Running {
  index: number
  start: Date
  /** The due kept in the timeline for this run of the clock (a recorded breach). */
  recordedDue: string | null
}

/**
 * The response cycles of one issue, replayed from its timeline in the order the events were
 * written, so the report knows what the live clock knew. A cycle runs from a case open (or a
 * reopening with a case open) to the first response after it. The running clock's anchor and due
 * come from the same functions as the live clock (`targetAnchor`, `targetResponseDue`): a severity
 * change before the response restarts it, a renewal change recomputes it from the same anchor.
 * A finished cycle keeps the due recorded with its response or its breach when there is one.
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

  const dueNow = () => targetResponseDue(targetAnchor(clock)!, severity, renewal, rules.calendar, rules.settings.targets)
  const startIfRunning = () => {
    if (run || !open || responded || !clock.caseOpenedAt) return
    run = { index: ++count, start: cycleStart(clock), recordedDue: null }
  }
  const finish = (r: Running, outcome: CycleOutcome | null, endedAt: Date | null, respondedAt: Date | null, recorded: string | null) => {
    const dueIso = recorded ?? r.recordedDue
    const due = dueIso ? new Date(dueIso) : dueNow()
    const clockFrom = targetAnchor(clock)!
    const decided: CycleOutcome = outcome ?? (respondedAt ? (respondedAt <= due ? 'met' : 'breached') : now > due ? 'breached' : 'pending')
    const responseHours = respondedAt ? responseTimeHours(clockFrom, respondedAt, renewal, rules) : null
    cycles.push({ index: r.index, start: r.start, clockFrom, due, dueRecorded: dueIso !== null, respondedAt, endedAt, outcome: decided, severity, renewal, responseHours })
  }

  for (const e of h.events) {
    switch (e.kind) {
      case 'caseOpened':
        clock.caseOpenedAt = e.at
        if (run) run.start = cycleStart(clock)
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
        if (run) finish(run, null, new Date(instantMs(e.at)), new Date(instantMs(e.at)), (e.data.dueAt as string | null | undefined) ?? null)
        run = null
        responded = true
        break
      case 'resolved':
        if (run) finish(run, 'unrecorded', new Date(instantMs(e.at)), null, null)
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

/** Case open or reopening, whichever is later: a severity change moves the clock, not the cycle. */
function cycleStart(clock: { caseOpenedAt: string | null; reopenedAt: string | null }): Date {
  return targetAnchor({ caseOpenedAt: clock.caseOpenedAt, reopenedAt: clock.reopenedAt, severityChangedAt: null })!
}

/** Basic support counts Korean business hours, Production wall-clock hours (the target's own units). */
export function responseTimeHours(from: Date, to: Date, renewal: Renewal, rules: DeadlineRules): number {
  const ms = renewal === 'basic' ? rules.calendar.businessTimeBetween(from, to) : Math.max(0, to.getTime() - from.getTime())
  return ms / HOUR_MS
}
