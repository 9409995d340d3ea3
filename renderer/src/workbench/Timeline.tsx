import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { IssueDetail } from '../../../shared/model'
import type { Lang } from '../../../shared/format/duration'
import { formatKstShort } from '../../../shared/format/kst'
import { describeEvent } from './describeEvent'
import { contract } from '../../../shared/ipc/contract'
import { LimitedText } from '../common/LimitedText'

const NOTE_LIMIT = contract['timeline.note'].request.shape.text.maxLength ?? Infinity
import { errorText } from '../common/errors'

/** The issue's timeline (newest first) with the note box. */
export function Timeline({ detail, lang }: { detail: IssueDetail; lang: Lang }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState('')
  const events = detail.timeline // newest first, as the core orders it
  const add = async () => {
    if (!text.trim()) return
    try {
      await call('timeline.note', { issueId: detail.issue.id, text })
      setText('')
      setError('')
    } catch (e) {
      setError(errorText(e))
    }
  }
  return (
    <section className="card timeline" aria-label={t('wb.timeline')}>
      <h2>{t('wb.timeline')}</h2>
      <div className="note-form">
        <LimitedText
          multiline
          name="note"
          rows={2}
          placeholder={t('wb.notePh')}
          aria-label={t('wb.note')}
          value={text}
          limit={NOTE_LIMIT}
          onValue={setText}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) void add()
          }}
        />
        <button onClick={() => void add()} disabled={!text.trim() || text.length > NOTE_LIMIT}>{t('wb.addNote')} <kbd>Ctrl+Enter</kbd></button>
        {error && <span className="field-error">{error}</span>}
      </div>
      <ol className="events">
        {events.map((ev) => (
          <li key={ev.id} className={`ev ev-${ev.kind}`}>
            <time className="muted tabular" dateTime={ev.at}>{formatKstShort(ev.at, lang)}</time>
            <span className={ev.kind === 'note' ? 'ev-note' : ''}>{describeEvent(ev, t, lang, detail.contacts)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
