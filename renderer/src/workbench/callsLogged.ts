import type { Role } from '../../../shared/domain'
import type { IssueDetail, StepView, TimelineData } from '../../../shared/model'

/** Whether a call to `role` was logged for this step since the step was last reopened. */
export function callLogged(detail: IssueDetail, stepId: string, role: Role): boolean {
  for (const ev of detail.timeline) {
    // Newest first: a reopening of the step forgets the calls before it.
    if (ev.kind === 'stepReopened' && (ev.data as TimelineData['stepReopened']).stepId === stepId) return false
    if (ev.kind !== 'call') continue
    const data = ev.data as TimelineData['call']
    if (data.stepId === stepId && data.role === role) return true
  }
  return false
}

/** A step that asks for several calls (C5: the distributor engineer and the Veeam SE) is complete once all are logged. */
export function allCallsLogged(detail: IssueDetail, step: StepView): boolean {
  return step.callRoles.length > 1 && step.callRoles.every((role) => callLogged(detail, step.id, role))
}
