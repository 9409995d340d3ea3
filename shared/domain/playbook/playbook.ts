import type { BusinessCalendar } from '../calendar/businessCalendar'
import { DEFAULT_PLAYBOOK_SETTINGS, type PlaybookSettings } from '../settings'
import type { PlaybookInput, PlaybookStep, StepAnchor, StepId } from './playbookTypes'
import { stepState } from './stepState'
import { stepText } from './stepTexts'
import { STEP_CALL_ROLES, stepTimes, type StepTimeSink } from './stepTimes'

export interface PlaybookOptions {
  /** Only the step states depend on it; due times never do. */
  now?: Date
  settings?: PlaybookSettings
}

/**
 * The steps of an issue's playbook with their deadlines (general, or immediate for critical and
 * sales-deal issues): the timing rules of `stepTimes`, with each step's words and state.
 */
export function playbook(issue: PlaybookInput, cal: BusinessCalendar, opts?: PlaybookOptions): PlaybookStep[] {
  const settings = opts?.settings ?? DEFAULT_PLAYBOOK_SETTINGS
  const steps = new StepList(issue, opts?.now, settings)
  stepTimes(issue, cal, settings, steps)
  return steps.list
}

class StepList implements StepTimeSink {
  readonly list: PlaybookStep[] = []

  constructor(
    private readonly issue: PlaybookInput,
    private readonly now: Date | undefined,
    private readonly settings: PlaybookSettings,
  ) {}

  step(id: StepId, dueMs: number | null, anchor: StepAnchor | undefined, derivedDoneMs: number | null): void {
    const due = dueMs === null ? null : new Date(dueMs)
    const { state, doneAt } = stepState(this.issue.steps?.[id], derivedDoneMs === null ? null : new Date(derivedDoneMs), due, this.now)
    const { title, detail } = stepText(id, this.issue.track, this.settings)
    this.list.push({ id, title, detail, due, state, doneAt, callRoles: [...STEP_CALL_ROLES[id]], anchor })
  }
}
