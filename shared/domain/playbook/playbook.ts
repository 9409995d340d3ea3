import type { BusinessCalendar } from '../calendar/businessCalendar'
import { DEFAULT_PLAYBOOK_SETTINGS, type PlaybookSettings } from '../settings'
import { DAY_MS, MINUTE_MS } from '../time/kstDays'
import type { Role } from '../types'
import type { PlaybookInput, PlaybookStep, StepAnchor, StepId } from './playbookTypes'
import { stepState } from './stepState'
import { c5Texts, g2Texts, g7Texts, STEP_TEXTS } from './stepTexts'

export interface PlaybookOptions {
  /** Only the step states depend on it; due times never do. */
  now?: Date
  settings?: PlaybookSettings
}

// Recomputed for every open issue on every tick, so no closures are created per call.
interface Context {
  issue: PlaybookInput
  now: Date | undefined
  reopened: Date | null
  logged: Date
  loggedAnchor: StepAnchor
  caseOpened: Date | null
  caseAnchor: StepAnchor
}

/**
 * The steps of an issue's playbook with their deadlines (general, or immediate for critical and sales-deal issues).
 *
 * Reopening restarts the clocks from the reopening time: every anchor earlier than
 * `reopenedAt` — loggedAt, caseOpenedAt, G3's or G4's recorded time — is replaced by
 * `reopenedAt`. Steps recorded done/skipped stay so; only open steps' due times move.
 */
export function playbook(issue: PlaybookInput, cal: BusinessCalendar, opts?: PlaybookOptions): PlaybookStep[] {
  const settings = opts?.settings ?? DEFAULT_PLAYBOOK_SETTINGS
  const reopened = issue.reopenedAt ?? null
  const caseOpenedAt = issue.caseOpenedAt ?? null
  const ctx: Context = {
    issue,
    now: opts?.now,
    reopened,
    logged: restart(reopened, issue.loggedAt),
    loggedAnchor: reopened && reopened > issue.loggedAt ? 'reopenedAt' : 'loggedAt',
    caseOpened: caseOpenedAt ? restart(reopened, caseOpenedAt) : null,
    caseAnchor: reopened && caseOpenedAt && reopened > caseOpenedAt ? 'reopenedAt' : 'caseOpenedAt',
  }
  return issue.track === 'general' ? generalPlaybook(ctx, cal, settings) : immediatePlaybook(ctx, settings)
}

function restart(reopened: Date | null, t: Date): Date {
  return reopened && reopened > t ? reopened : t
}

function step(
  ctx: Context,
  id: StepId,
  due: Date | null,
  anchor: StepAnchor | undefined,
  callRoles: Role[],
  derivedDoneAt: Date | null,
): PlaybookStep {
  const { state, doneAt } = stepState(ctx.issue.steps?.[id], derivedDoneAt, due, ctx.now)
  const text = STEP_TEXTS[id]
  return { id, title: text.title, detail: text.detail, due, state, doneAt, callRoles, anchor }
}

function addBusinessDays(cal: BusinessCalendar, from: Date, days: number): Date {
  return cal.addBusinessTime(from, days * cal.businessDayMs)
}

function generalPlaybook(ctx: Context, cal: BusinessCalendar, settings: PlaybookSettings): PlaybookStep[] {
  const { issue, logged, loggedAnchor, caseOpened, caseAnchor } = ctx
  const g3 = issue.steps?.G3
  const g4 = issue.steps?.G4
  const g7 = issue.steps?.G7
  // Recording the case open marks G2–G5 done if they are still open.
  const caseDone = issue.caseOpenedAt ?? null

  const g2Due = addBusinessDays(cal, logged, settings.g2SelfTroubleshootBusinessDays)
  const g3Done = g3?.status === 'done'
  const g4Due = addBusinessDays(cal, g3Done ? restart(ctx.reopened, g3!.at) : g2Due, settings.g4DistributorBusinessDays)
  // At once when G4 ends with "no fix", at the latest at G4's due: a late "no fix" does not move it later.
  const noFixAt = g4?.status === 'done' && g4.noFix ? restart(ctx.reopened, g4.at) : null
  const g5Due = noFixAt && noFixAt < g4Due ? noFixAt : g4Due

  let g6Due: Date | null = null
  let g7Due: Date | null = null
  if (caseOpened) {
    g6Due = new Date(caseOpened.getTime() + settings.g6FormAfterCaseOpenMinutes * MINUTE_MS)
    g7Due =
      settings.g7DayKind === 'business'
        ? addBusinessDays(cal, caseOpened, settings.g7VeeamWorkDays)
        : new Date(caseOpened.getTime() + settings.g7VeeamWorkDays * DAY_MS) // KST has no DST: 1 day = 24 h
  }
  const caseStepAnchor = caseOpened ? caseAnchor : undefined

  const list = [
    step(ctx, 'G1', issue.loggedAt, 'loggedAt', [], issue.loggedAt),
    { ...step(ctx, 'G2', g2Due, loggedAnchor, [], caseDone), ...g2Texts(settings.g2SelfTroubleshootBusinessDays) },
    step(ctx, 'G3', g2Due, loggedAnchor, ['distributor'], caseDone),
    step(ctx, 'G4', g4Due, g3Done ? 'G3' : loggedAnchor, ['distributor'], caseDone),
    step(ctx, 'G5', g5Due, 'G4', [], caseDone),
    step(ctx, 'G6', g6Due, caseStepAnchor, [], null),
    { ...step(ctx, 'G7', g7Due, caseStepAnchor, ['distributor'], null), ...g7Texts(settings.g7VeeamWorkDays, settings.g7DayKind) },
  ]
  // G8 has no timer and is offered only once G7 was judged serious.
  if (g7?.serious || issue.steps?.G8) list.push(step(ctx, 'G8', null, undefined, ['veeamSe'], null))
  return list
}

function immediatePlaybook(ctx: Context, settings: PlaybookSettings): PlaybookStep[] {
  const { issue, logged, loggedAnchor, caseOpened, caseAnchor } = ctx
  const track = issue.track === 'sales' ? 'sales' : 'critical'
  const minutes = settings.c5CallWithinMinutes[track]
  const callBy = new Date(logged.getTime() + minutes * MINUTE_MS)
  return [
    step(ctx, 'C1', issue.loggedAt, 'loggedAt', [], issue.loggedAt),
    step(ctx, 'C2', logged, loggedAnchor, [], issue.caseOpenedAt ?? null),
    step(ctx, 'C3', caseOpened ?? logged, caseOpened ? caseAnchor : loggedAnchor, [], null),
    step(ctx, 'C4', logged, loggedAnchor, [], null),
    { ...step(ctx, 'C5', callBy, loggedAnchor, ['distributor', 'veeamSe'], null), ...c5Texts(minutes) },
    step(ctx, 'C6', null, undefined, ['veeamSe'], null),
  ]
}
