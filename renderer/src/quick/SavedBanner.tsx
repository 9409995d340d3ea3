import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { Track } from '../../../shared/domain/vocabulary'
import { formatCountdown, type Lang } from '../../../shared/format/duration'
import { formatKstWhen } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'

/** What the banner shows for two seconds after saving: the first thing to do and its deadline. */
export interface SavedInfo {
  id: number
  track: Track
  stepTitle: string
  due: string | null
}

export function SavedBanner({ saved, lang }: { saved: SavedInfo; lang: Lang }) {
  const { t } = useTranslation()
  const now = hostNow()
  const immediate = saved.track !== 'general'
  return (
    <div className={`saved-banner ${immediate ? 'urgent' : ''}`} data-testid="saved-banner" role="status">
      <strong>{t('quick.savedTitle', { id: saved.id })}</strong>
      <span className="saved-step">{t(immediate ? 'quick.immediate' : 'quick.nextStep', { step: saved.stepTitle })}</span>
      {saved.due && (
        <span className="saved-due">
          {t('quick.deadline', { at: formatKstWhen(saved.due, now, lang), left: formatCountdown(saved.due, now, lang) })}
        </span>
      )}
    </div>
  )
}

/** The first thing to do after logging: C5 (calls within the hour) for critical/sales, G2 for general. */
export async function firstThingToDo(id: number, track: Track, lang: Lang): Promise<SavedInfo> {
  const stepId = track === 'general' ? 'G2' : 'C5'
  try {
    const detail = await call('issues.get', { id })
    const step = detail.steps.find((s) => s.id === stepId)
    return { id, track, stepTitle: step ? step.title[lang] : stepId, due: step?.due ?? null }
  } catch {
    return { id, track, stepTitle: stepId, due: null }
  }
}

