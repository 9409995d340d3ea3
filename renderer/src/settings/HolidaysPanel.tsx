import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { ReplyOf } from '../../../shared/ipc/contract'
import type { AppSettings } from '../../../shared/model'
import { formatKstDate } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'
import { errorText } from '../common/errors'

type HolidayList = ReplyOf<'holidays.list'>

/** The year's public holidays with their data status; add or remove dates (settings.domain.calendar). */
export function HolidaysPanel({ draft, onChange }: { draft: AppSettings; onChange: (s: AppSettings) => void }) {
  const { t } = useTranslation()
  const [year, setYear] = useState(() => Number(formatKstDate(hostNow()).slice(0, 4)))
  const [list, setList] = useState<HolidayList | null>(null)
  const [date, setDate] = useState('')
  const [error, setError] = useState('')
  const cal = draft.domain.calendar

  useEffect(() => {
    call('holidays.list', { year }).then(
      (reply) => (setList(reply), setError('')),
      (e: unknown) => (setList(null), setError(errorText(e))),
    )
  }, [year, cal.addedHolidays, cal.removedHolidays])

  const withCalendar = (patch: Partial<typeof cal>): AppSettings => ({ ...draft, domain: { ...draft.domain, calendar: { ...cal, ...patch } } })
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return
    onChange(withCalendar({ addedHolidays: [...new Set([...cal.addedHolidays, date])].sort(), removedHolidays: cal.removedHolidays.filter((d) => d !== date) }))
    setDate('')
  }
  const remove = (d: string) =>
    onChange(
      cal.addedHolidays.includes(d)
        ? withCalendar({ addedHolidays: cal.addedHolidays.filter((x) => x !== d) })
        : withCalendar({ removedHolidays: [...new Set([...cal.removedHolidays, d])].sort() }),
    )
  const restore = (d: string) => onChange(withCalendar({ removedHolidays: cal.removedHolidays.filter((x) => x !== d) }))
  const removedThisYear = cal.removedHolidays.filter((d) => d.startsWith(`${year}-`))

  return (
    <section className="card holidays" aria-label={t('set.holidays')}>
      <div className="list-head">
        <h2>{t('set.holidays')}</h2>
        <span className="seg small">
          <button className="seg-btn" onClick={() => setYear((y) => y - 1)} aria-label="-1">‹</button>
          <span className="seg-btn tabular" aria-live="polite">{year}</span>
          <button className="seg-btn" onClick={() => setYear((y) => y + 1)} aria-label="+1">›</button>
        </span>
        {list && (
          <span className={`badge ${list.status === 'verified' ? 'renewal-production' : 'warn-badge'}`} data-testid="holiday-status">
            {list.status === 'verified' ? t('set.verified') : t('set.rulesOnly')}
          </span>
        )}
        <span className="spacer" />
        <input type="date" aria-label={t('set.addHoliday')} value={date} onChange={(e) => setDate(e.target.value)} />
        <button onClick={add} disabled={!date}>{t('set.addHoliday')}</button>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      {/* In words of the UI language; the data's own provenance (package, files) on hover. */}
      {list && (
        <p className="muted small holiday-source" data-testid="holiday-source" title={list.source}>
          {t(list.status === 'verified' ? 'set.sourceVerified' : 'set.sourceRules')}
        </p>
      )}
      <ul className="holiday-list">
        {list?.holidays.map((h) => (
          <li key={h.date}>
            <span className="tabular">{h.date}</span>
            <span>{h.name}</span>
            {cal.addedHolidays.includes(h.date) && <span className="chip">+</span>}
            <button className="small ghost" onClick={() => remove(h.date)}>{cal.addedHolidays.includes(h.date) ? t('common.delete') : t('set.removeHoliday')}</button>
          </li>
        ))}
      </ul>
      {removedThisYear.length > 0 && (
        <p className="muted">
          {t('set.removed')}:{' '}
          {removedThisYear.map((d) => (
            <span key={d} className="chip">
              {d} <button className="link" onClick={() => restore(d)}>{t('set.restoreHoliday')}</button>
            </span>
          ))}
        </p>
      )}
    </section>
  )
}
