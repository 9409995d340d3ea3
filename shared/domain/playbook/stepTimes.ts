import type { BusinessCalendar } from '../calendar/businessCalendar'
import type { PlaybookSettings } from '../settings'
import { DAY_MS, MINUTE_MS } from '../time/kstDays'
import type { Role } from '../types'
import type { PlaybookInput, StepAnchor, StepId } from './playbookTypes'

/** Receives each step of an issue's playbook, in order, with its timing in epoch ms (null: none). */
export interface StepTimeSink {
  step(id: StepId, dueMs: number | null, anchor: StepAnchor | undefined, derivedDoneMs: number | null): void
}

/** Whom each step asks the partner to call. */
export const STEP_CALL_ROLES: Readonly<Record<StepId, readonly Role[]>> = {
  G1: [],
  G2: [],
  G3: ['distributor'],
  G4: ['distributor'],
  G5: [],
  G6: [],
  G7: ['distributor'],
  G8: ['veeamSe'],
  C1: [],
  C2: [],
  C3: [],
  C4: [],
  C5: ['distributor', 'veeamSe'],
  C6: ['veeamSe'],
}

/**
 * The playbook's timing rules, in one place: each step's deadline and derived done time, as numbers.
 * `playbook()` dresses them as steps; the clock reads them directly when a setting changes (every open
 * issue is recomputed then, so nothing is allocated per step here).
 *
 * Reopening restarts the clocks from the reopening time: every anchor earlier than `reopenedAt` —
 * loggedAt, caseOpenedAt, G3's or G4's recorded time — is replaced by `reopenedAt`. Steps recorded
 * done/skipped stay so; only open steps' due times move.
 */
export function stepTimes(issue: PlaybookInput, cal: BusinessCalendar, settings: PlaybookSettings, sink: StepTimeSink): void {
  const reopened = issue.reopenedAt ? issue.reopenedAt.getTime() : null
  const loggedAt = issue.loggedAt.getTime()
  const caseOpenedAt = issue.caseOpenedAt ? issue.caseOpenedAt.getTime() : null
  const logged = restart(reopened, loggedAt)
  const loggedAnchor: StepAnchor = reopened !== null && reopened > loggedAt ? 'reopenedAt' : 'loggedAt'
  const caseOpened = caseOpenedAt === null ? null : restart(reopened, caseOpenedAt)
  const caseAnchor: StepAnchor = reopened !== null && caseOpenedAt !== null && reopened > caseOpenedAt ? 'reopenedAt' : 'caseOpenedAt'

  if (issue.track !== 'general') {
    const callBy = logged + settings.c5CallWithinMinutes[issue.track === 'sales' ? 'sales' : 'critical'] * MINUTE_MS
    sink.step('C1', loggedAt, 'loggedAt', loggedAt)
    sink.step('C2', logged, loggedAnchor, caseOpenedAt)
    sink.step('C3', caseOpened ?? logged, caseOpened !== null ? caseAnchor : loggedAnchor, null)
    sink.step('C4', logged, loggedAnchor, null)
    sink.step('C5', callBy, loggedAnchor, null)
    sink.step('C6', null, undefined, null)
    return
  }

  const g3 = issue.steps?.G3
  const g4 = issue.steps?.G4
  const g7 = issue.steps?.G7
  const g2Due = businessDays(cal, logged, settings.g2SelfTroubleshootBusinessDays)
  const g3Done = g3?.status === 'done'
  const g4Due = businessDays(cal, g3Done ? restart(reopened, g3.at.getTime()) : g2Due, settings.g4DistributorBusinessDays)
  // At once when G4 ends with "no fix", at the latest at G4's due: a late "no fix" does not move it later.
  const noFixAt = g4?.status === 'done' && g4.noFix ? restart(reopened, g4.at.getTime()) : null
  const g5Due = noFixAt !== null && noFixAt < g4Due ? noFixAt : g4Due
  let g6Due: number | null = null
  let g7Due: number | null = null
  if (caseOpened !== null) {
    g6Due = caseOpened + settings.g6FormAfterCaseOpenMinutes * MINUTE_MS
    g7Due =
      settings.g7DayKind === 'business'
        ? businessDays(cal, caseOpened, settings.g7VeeamWorkDays)
        : caseOpened + settings.g7VeeamWorkDays * DAY_MS // KST has no DST: 1 day = 24 h
  }
  const caseStepAnchor = caseOpened !== null ? caseAnchor : undefined
  // Recording the case open marks G2–G5 done if they are still open.
  sink.step('G1', loggedAt, 'loggedAt', loggedAt)
  sink.step('G2', g2Due, loggedAnchor, caseOpenedAt)
  sink.step('G3', g2Due, loggedAnchor, caseOpenedAt)
  sink.step('G4', g4Due, g3Done ? 'G3' : loggedAnchor, caseOpenedAt)
  sink.step('G5', g5Due, 'G4', caseOpenedAt)
  sink.step('G6', g6Due, caseStepAnchor, null)
  sink.step('G7', g7Due, caseStepAnchor, null)
  // G8 has no timer and is offered only once G7 was judged serious.
  if (g7?.serious || issue.steps?.G8) sink.step('G8', null, undefined, null)
}

function businessDays(cal: BusinessCalendar, from: number, days: number): number {
  return cal.addBusinessMs(from, days * cal.businessDayMs)
}

function restart(reopened: number | null, t: number): number {
  return reopened !== null && reopened > t ? reopened : t
}
