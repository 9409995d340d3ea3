import { playbook } from '../../domain'
import { MINUTE_MS } from '../../domain/time/kstDays'
import { isOpenStatus } from '../../model'
import { playbookInput, type DeadlineRules } from '../issueDeadlines'
import type { IssueHistory } from './history'
import { REPORTED_STEPS, type StepOutcome } from './reportSchema'

export interface StepResult {
  step: (typeof REPORTED_STEPS)[number]
  outcome: StepOutcome
  due: Date
  doneAt: Date | null
  note: string
}

/** The immediate steps (C2–C4 are due "at once") count as on time within a tolerance. */
const IMMEDIATE = new Set(['C2', 'C3', 'C4'])
/** "Form sent": the step marked done, or an export recorded in the timeline, whichever is first. */
const FORM_STEPS = new Set(['G6', 'C3'])
const REPORTED = new Set<string>(REPORTED_STEPS)

/**
 * How each timed step of one issue went, from the same playbook as the live clock. A step whose
 * breach was recorded keeps the due it had then; the others use the rules' due. Open steps of a
 * resolved issue are judged at the resolution (the clocks stopped); one not yet due then never
 * became due and is left out.
 */
export function stepOutcomes(h: IssueHistory, rules: DeadlineRules, now: Date, toleranceMinutes: number): StepResult[] {
  const { issue } = h
  const stoppedAt = isOpenStatus(issue.status) ? now : new Date(issue.resolvedAt ?? issue.updatedAt)
  const steps = playbook(playbookInput(issue, h.steps), rules.calendar, { now: stoppedAt, settings: rules.settings.playbook })
  const missedDue = new Map<string, string>()
  let exportedAt: Date | null = null
  for (const e of h.events) {
    if (e.kind === 'deadlineMissed' && typeof e.data.stepId === 'string') missedDue.set(e.data.stepId, e.data.dueAt as string)
    if (e.kind === 'exportMade' && !exportedAt) exportedAt = new Date(e.at)
  }
  const notes = new Map(h.steps.map((s) => [s.stepId, s.note]))
  const out: StepResult[] = []
  for (const s of steps) {
    if (!REPORTED.has(s.id) || !s.due) continue
    const due = missedDue.has(s.id) ? new Date(missedDue.get(s.id)!) : s.due
    let doneAt = s.state === 'done' ? s.doneAt : null
    if (FORM_STEPS.has(s.id) && exportedAt && (!doneAt || exportedAt < doneAt)) doneAt = exportedAt
    const step = s.id as StepResult['step']
    const note = notes.get(s.id) ?? ''
    if (doneAt) {
      const grace = IMMEDIATE.has(s.id) ? toleranceMinutes * MINUTE_MS : 0
      out.push({ step, outcome: doneAt.getTime() <= due.getTime() + grace ? 'onTime' : 'late', due, doneAt, note })
    } else if (s.state === 'skipped') out.push({ step, outcome: 'skipped', due, doneAt: s.doneAt, note })
    else if (stoppedAt > due) out.push({ step, outcome: 'openOverdue', due, doneAt: null, note })
    else if (stoppedAt === now) out.push({ step, outcome: 'openNotDue', due, doneAt: null, note })
  }
  return out
}
