import { stepTimes, type StepId } from '../../domain'
import { instantMs, isoInstant } from '../../domain/time/isoInstant'
import { MINUTE_MS } from '../../domain/time/kstDays'
import { isOpenStatus } from '../../model'
import { playbookInput, type DeadlineRules } from '../issueDeadlines'
import type { IssueHistory } from './history'
import { REPORTED_STEPS, type StepOutcome } from './reportSchema'

export interface StepResult {
  step: (typeof REPORTED_STEPS)[number]
  outcome: StepOutcome
  /** Instants as the report shows them (ISO-8601 UTC). */
  due: string
  doneAt: string | null
  note: string
}

/** The immediate steps (C2–C4 are due "at once") count as on time within a tolerance. */
const IMMEDIATE = new Set(['C2', 'C3', 'C4'])
/** "Form sent": the step marked done, or an export recorded in the timeline, whichever is first. */
const FORM_STEPS = new Set(['G6', 'C3'])
const REPORTED = new Set<string>(REPORTED_STEPS)

/**
 * How each timed step of one issue went, from the same timing rules as the live clock (`stepTimes`;
 * the report reads them on numbers, as the clock does, without dressing every step in its words).
 * A recorded done or skip wins, then a done derived from the case open. A step whose breach was
 * recorded keeps the due it had then; the others use the rules' due. Open steps of a resolved issue
 * are judged at the resolution (the clocks stopped); one not yet due then never became due and is
 * left out.
 */
export function stepOutcomes(h: IssueHistory, rules: DeadlineRules, now: Date, toleranceMinutes: number): StepResult[] {
  const { issue } = h
  const open = isOpenStatus(issue.status)
  const stoppedMs = open ? now.getTime() : instantMs(issue.resolvedAt ?? issue.updatedAt)
  let missedDue: Map<string, string> | null = null
  let exportedAt: string | null = null
  for (const e of h.events) {
    if (e.kind === 'deadlineMissed' && typeof e.data.stepId === 'string') (missedDue ??= new Map()).set(e.data.stepId, e.data.dueAt as string)
    if (e.kind === 'exportMade' && exportedAt === null) exportedAt = e.at
  }
  const recorded = (id: StepId) => h.steps.find((s) => s.stepId === id)
  const out: StepResult[] = []
  stepTimes(playbookInput(issue, h.steps), rules.calendar, rules.settings.playbook, {
    step(id, dueMs, _anchor, derivedDoneMs) {
      if (!REPORTED.has(id) || dueMs === null) return
      const missed = missedDue?.get(id)
      const due = missed ?? isoInstant(dueMs)
      const dueAt = missed ? instantMs(missed) : dueMs
      const record = recorded(id)
      let doneAt = record ? (record.status === 'done' ? record.at : null) : derivedDoneMs === null ? null : isoInstant(derivedDoneMs)
      if (FORM_STEPS.has(id) && exportedAt !== null && (doneAt === null || instantMs(exportedAt) < instantMs(doneAt))) doneAt = exportedAt
      const step = id as StepResult['step']
      const note = record?.note ?? ''
      if (doneAt !== null) {
        const grace = IMMEDIATE.has(id) ? toleranceMinutes * MINUTE_MS : 0
        out.push({ step, outcome: instantMs(doneAt) <= dueAt + grace ? 'onTime' : 'late', due, doneAt, note })
      } else if (record?.status === 'skipped') out.push({ step, outcome: 'skipped', due, doneAt: record.at, note })
      else if (stoppedMs > dueAt) out.push({ step, outcome: 'openOverdue', due, doneAt: null, note })
      else if (open) out.push({ step, outcome: 'openNotDue', due, doneAt: null, note })
    },
  })
  return out
}
