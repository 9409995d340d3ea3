import type { Track } from '../types'
import type { PlaybookStep, StepId } from './playbookTypes'

/**
 * The first thing to do after logging: in the immediate tracks, phoning the distributor engineer and
 * the Veeam SE within the hour (C5); in the general track, self-troubleshooting until its deadline (G2).
 */
export const FIRST_STEP: Readonly<Record<Track, StepId>> = { general: 'G2', critical: 'C5', sales: 'C5' }

/** Steps alerted the moment the issue is logged even though their deadline is later (the SE is told at once). */
export const ALERTED_AT_LOGGING: readonly StepId[] = ['C5']

/** That step among an issue's computed steps (null if the playbook has none). */
export function firstThingToDo(track: Track, steps: readonly PlaybookStep[]): PlaybookStep | null {
  return steps.find((s) => s.id === FIRST_STEP[track]) ?? null
}
