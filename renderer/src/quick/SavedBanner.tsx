import { useTranslation } from 'react-i18next'
import type { IssueCreated } from '../../../shared/model'
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

/** What the banner shows, from the reply of `issues.create` (the core decides the first thing to do). */
export function savedInfo(created: IssueCreated, lang: Lang): SavedInfo {
  const step = created.firstStep
  return { id: created.id, track: created.track, stepTitle: step ? step.title[lang] : '', due: step?.due ?? null }
}
