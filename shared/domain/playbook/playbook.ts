import type { BusinessCalendar } from '../calendar/businessCalendar'
import { DEFAULT_PLAYBOOK_SETTINGS, type PlaybookSettings } from '../settings'
import { DAY_MS, MINUTE_MS } from '../time/kstDays'
import type { Role } from '../types'
import type { PlaybookInput, PlaybookStep, StepAnchor, StepId, StepRecord } from './playbookTypes'
import { stepState } from './stepState'
import { STEP_TEXTS } from './stepTexts'

export interface PlaybookOptions {
  /** Only the step states depend on it; due times never do. */
  now?: Date
  settings?: PlaybookSettings
}

interface Anchors {
  logged: Date
  loggedAnchor: StepAnchor
  caseOpened: Date | null
  caseAnchor: StepAnchor
}

/**
 * The steps of an issue's playbook with their deadlines (spec §3 general, §4 immediate).
 *
 * Reopening (spec §12 "restarts the clocks from the reopening time"): every anchor earlier than
 * `reopenedAt` — loggedAt, caseOpenedAt, G3's or G4's recorded time — is replaced by
 * `reopenedAt`. Steps recorded done/skipped stay so; only open steps' due times move.
 */
export function playbook(issue: PlaybookInput, cal: BusinessCalendar, opts: PlaybookOptions = {}): PlaybookStep[] {
  const settings = opts.settings ?? DEFAULT_PLAYBOOK_SETTINGS
  const steps = issue.steps ?? {}
  const reopened = issue.reopenedAt ?? null
  const restart = (t: Date) => (reopened && reopened > t ? reopened : t)
  const anchors: Anchors = {
    logged: restart(issue.loggedAt),
    loggedAnchor: reopened && reopened > issue.loggedAt ? 'reopenedAt' : 'loggedAt',
    caseOpened: issue.caseOpenedAt ? restart(issue.caseOpenedAt) : null,
    caseAnchor: reopened && issue.caseOpenedAt && reopened > issue.caseOpenedAt ? 'reopenedAt' : 'caseOpenedAt',
  }
  const make = (
    id: StepId,
    due: Date | null,
    anchor: StepAnchor | undefined,
    callRoles: Role[],
    derivedDoneAt: Date | null = null,
  ): PlaybookStep => {
    const { state, doneAt } = stepState(steps[id], derivedDoneAt, due, opts.now)
    return { id, ...STEP_TEXTS[id], due, state, doneAt, callRoles, ...(anchor ? { anchor } : {}) }
  }
  return issue.track === 'general'
    ? generalPlaybook(issue, steps, anchors, cal, settings, make, restart)
    : immediatePlaybook(issue, anchors, settings, make)
}

type MakeStep = (
  id: StepId,
  due: Date | null,
  anchor: StepAnchor | undefined,
  callRoles: Role[],
  derivedDoneAt?: Date | null,
) => PlaybookStep

function generalPlaybook(
  issue: PlaybookInput,
  steps: Partial<Record<StepId, StepRecord>>,
  a: Anchors,
  cal: BusinessCalendar,
  settings: PlaybookSettings,
  make: MakeStep,
  restart: (t: Date) => Date,
): PlaybookStep[] {
  const businessDays = (from: Date, days: number) => cal.addBusinessTime(from, days * cal.businessDayMs)
  // Recording the case open marks G2–G5 done if they are still open (spec §3/§4).
  const caseDone = issue.caseOpenedAt ?? null

  const g2Due = businessDays(a.logged, settings.g2SelfTroubleshootBusinessDays)
  const g3 = steps.G3
  const g4From = g3?.status === 'done' ? restart(g3.at) : g2Due
  const g4Due = businessDays(g4From, settings.g4DistributorBusinessDays)
  const g4 = steps.G4
  const g5Due = g4?.status === 'done' && g4.noFix ? restart(g4.at) : g4Due

  let g6Due: Date | null = null
  let g7Due: Date | null = null
  if (a.caseOpened) {
    g6Due = new Date(a.caseOpened.getTime() + settings.g6FormAfterCaseOpenMinutes * MINUTE_MS)
    g7Due =
      settings.g7DayKind === 'business'
        ? businessDays(a.caseOpened, settings.g7VeeamWorkDays)
        : new Date(a.caseOpened.getTime() + settings.g7VeeamWorkDays * DAY_MS) // KST has no DST: 1 day = 24 h
  }

  const list = [
    make('G1', issue.loggedAt, 'loggedAt', [], issue.loggedAt),
    make('G2', g2Due, a.loggedAnchor, [], caseDone),
    make('G3', g2Due, a.loggedAnchor, ['distributor'], caseDone),
    make('G4', g4Due, g3?.status === 'done' ? 'G3' : a.loggedAnchor, ['distributor'], caseDone),
    make('G5', g5Due, 'G4', [], caseDone),
    make('G6', g6Due, a.caseOpened ? a.caseAnchor : undefined, []),
    make('G7', g7Due, a.caseOpened ? a.caseAnchor : undefined, ['distributor']),
  ]
  // G8 has no timer and is offered only once G7 was judged serious.
  if (steps.G7?.serious || steps.G8) list.push(make('G8', null, undefined, ['veeamSe']))
  return list
}

function immediatePlaybook(issue: PlaybookInput, a: Anchors, settings: PlaybookSettings, make: MakeStep): PlaybookStep[] {
  const track = issue.track === 'sales' ? 'sales' : 'critical'
  const callWithin = settings.c5CallWithinMinutes[track] * MINUTE_MS
  return [
    make('C1', issue.loggedAt, 'loggedAt', [], issue.loggedAt),
    make('C2', a.logged, a.loggedAnchor, [], issue.caseOpenedAt ?? null),
    make('C3', a.caseOpened ?? a.logged, a.caseOpened ? a.caseAnchor : a.loggedAnchor, []),
    make('C4', a.logged, a.loggedAnchor, []),
    make('C5', new Date(a.logged.getTime() + callWithin), a.loggedAnchor, ['distributor', 'veeamSe']),
    make('C6', null, undefined, ['veeamSe']),
  ]
}
