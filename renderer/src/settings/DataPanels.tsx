import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { settingLabel, settingValue } from './settingLabels'
import { formatKstFull } from '../../../shared/format/kst'
import { errorText } from '../common/errors'
import { useChannel } from '../common/useChannel'
import { DataFileActions } from './DataFileActions'

/** Backup now / list / restore, and the data file's export/import (spec: data is the user's). */
export function BackupPanel() {
  const { t } = useTranslation()
  const backupList = useChannel('backup.list', {})
  const backups = backupList.data ?? []
  const [msg, setMsg] = useState('')
  const [err, setErr] = useState('')
  const load = backupList.reload

  const act = async (fn: () => Promise<string>) => {
    try {
      setMsg(await fn())
      setErr('')
      void load()
    } catch (e) {
      setErr(errorText(e))
    }
  }
  return (
    <section className="card" aria-label={t('set.backup')}>
      <div className="list-head">
        <h2>{t('set.backup')}</h2>
        <span className="spacer" />
        <button onClick={() => void act(async () => (await call('backup.now', {})).file)}>{t('set.backupNow')}</button>
        <DataFileActions onDone={(m, e) => (setMsg(m), setErr(e), void load())} />
      </div>
      {msg && <p className="ok-msg">{msg}</p>}
      {(err || backupList.error) && <p className="form-error" role="alert">{err || backupList.error}</p>}
      <ul className="backup-list">
        {backups.map((b) => (
          <li key={b.file}>
            <span className="tabular">{formatKstFull(b.at)}</span>
            <span className="muted mono">{b.file.split(/[\\/]/).pop()}</span>
            <span className="muted tabular">{(b.bytes / 1024).toFixed(0)} KB</span>
            <button
              className="small ghost"
              onClick={() => {
                if (window.confirm(t('set.restoreConfirm'))) void act(async () => t('set.restored', { file: (await call('backup.restore', { file: b.file })).keptAside }))
              }}
            >
              {t('set.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Settings changes, kept in a history shown here. */
export function HistoryPanel({ version }: { version: unknown }) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<{ at: string; key: string; old: unknown; new: unknown }[]>([])
  const [contacts, setContacts] = useState<{ id: number; name: string }[]>([])
  const [error, setError] = useState('')
  useEffect(() => {
    Promise.all([call('settings.history', {}), call('contacts.list', {})]).then(
      ([r, c]) => (setRows([...r].sort((a, b) => b.at.localeCompare(a.at))), setContacts(c), setError('')),
      (e: unknown) => setError(errorText(e)),
    )
  }, [version])
  const show = (key: string, v: unknown) => settingValue(key, v, t, contacts)
  return (
    <section className="card" aria-label={t('set.history')}>
      <h2>{t('set.history')}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <table className="data-table">
          <tbody>
            {rows.slice(0, 50).map((r, i) => (
              <tr key={i}>
                <td className="tabular nowrap">{formatKstFull(r.at)}</td>
                <td>{settingLabel(r.key, t)}</td>
                <td className="muted">{show(r.key, r.old)}</td>
                <td>→ {show(r.key, r.new)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
