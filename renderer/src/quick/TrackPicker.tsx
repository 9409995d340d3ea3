import type { KeyboardEvent, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { TRACKS, type Track } from '../../../shared/domain/vocabulary'
import { FieldError } from './FieldError'

interface Props {
  track: Track | null
  onChoose: (track: Track) => void
  /** One button per track, in TRACKS order: the form moves the focus here when a track is missing. */
  buttons: RefObject<Array<HTMLButtonElement | null>>
  salesHint: boolean
  error?: string
}

/** The three tracks as one tab stop (title → Tab → track); arrows move within it like radio buttons. */
export function TrackPicker({ track, onChoose, buttons, salesHint, error }: Props) {
  const { t } = useTranslation()
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    const next = (index + step + TRACKS.length) % TRACKS.length
    onChoose(TRACKS[next])
    buttons.current[next]?.focus()
  }
  return (
    <div className="qrow">
      <span className="qlabel">{t('quick.track')}</span>
      <div className="seg track-group" role="group" aria-label={t('quick.track')} aria-describedby="q-track-hint">
        {TRACKS.map((tr, i) => (
          <button
            key={tr}
            ref={(el) => {
              buttons.current[i] = el
            }}
            type="button"
            tabIndex={(track ?? TRACKS[0]) === tr ? 0 : -1}
            className={`seg-btn track-${tr}`}
            aria-pressed={track === tr}
            data-track={tr}
            onClick={() => onChoose(tr)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <kbd>{i + 1}</kbd> {t(`track.${tr}`)}
          </button>
        ))}
      </div>
      <span id="q-track-hint" className="hint track-hint">{t('quick.trackHint')}</span>
      {salesHint && <span className="hint warn">{t('quick.salesSuggested')}</span>}
      <FieldError text={error} />
    </div>
  )
}
