// The pure domain engine: the only entry point other code imports from.
export * from './types'
export * from './settings'
export type { BusinessCalendar } from './calendar/businessCalendar'
export { createKoreanCalendar } from './calendar/koreanCalendar'
export type { Holiday, HolidayDataStatus, HolidayTable } from './holidays/holidayTypes'
export { ruleBasedHolidays } from './holidays/holidayRules'
export { VERIFIED_HOLIDAY_SOURCE, VERIFIED_HOLIDAY_YEARS } from './holidays/verifiedHolidays'
export { routeAt, type RouteEstimate } from './routing'
export { targetResponseDue, targetResponseDueMs, targetResponseHours } from './severity'
export { suggestSeverity } from './severitySuggestion'
export { playbook, type PlaybookOptions } from './playbook/playbook'
export { nextDeadline } from './playbook/nextDeadline'
export { ALERTED_AT_LOGGING, FIRST_STEP, firstThingToDo } from './playbook/firstStep'
export {
  GENERAL_STEP_IDS,
  IMMEDIATE_STEP_IDS,
  PlaybookInputSchema,
  StepIdSchema,
  StepRecordSchema,
  type PlaybookInput,
  type PlaybookStep,
  type StepAnchor,
  type StepId,
  type StepRecord,
  type StepState,
} from './playbook/playbookTypes'
export { TRACK_INFO, PROBLEM_TYPE_LABELS, needsPrerequisiteCheck, type PlaybookKind } from './tracks'
export { STEP_TEXTS, stepText } from './playbook/stepTexts'
export { STEP_CALL_ROLES, stepTimes, type StepTimeSink } from './playbook/stepTimes'
export { parseQuickLine, REMOVED_KINDS, type QuickLine, type QuickLineOptions, type QuickLineToken, type QuickLineTokenKind, type SalesStatus } from './quickLine'
