import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import { SETTING_LABEL_KEYS } from './settingLabels'
import { formatKstDate, formatKstFull } from '../../../shared/format/kst'
import { hostNow } from '../../api/hostClock'

/** Backup now / list / restore, and JSON export/import (spec: data is the user's). */
export function BackupPanel() {
  const { t } = useTranslation()
  const [backups, setBackups] = useState<{ file: string; at: string; bytes: number }[]>([])
  const [msg, setMsg] = useState('')
  const [err, setErr] = useState('')
  const fileRef = useRef<HTMLInputElement>(null)
  const load = () => call('backup.list', {}).then(setBackups, () => undefined)
  useEffect(() => void load(), [])

  const act = async (fn: () => Promise<string>) => {
    try {
      setMsg(await fn())
      setErr('')
      void load()
    } catch (e) {
      setErr((e as Error).message)
    }
  }
  const exportJson = async () => {
    const { json } = await call('data.exportJson', {})
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `veeam-tray-${formatKstDate(hostNow())}.json`
    a.click()
    URL.revokeObjectURL(url)
    return t('common.saved')
  }
  const importJson = async (file: File) => {
    const { issues } = await call('data.importJson', { json: await file.text() })
    return t('set.imported', { n: issues })
  }

  return (
    <section className="card" aria-label={t('set.backup')}>
      <div className="list-head">
        <h2>{t('set.backup')}</h2>
        <span className="spacer" />
        <button onClick={() => void act(async () => (await call('backup.now', {})).file)}>{t('set.backupNow')}</button>
        <button onClick={() => void act(exportJson)}>{t('set.exportJson')}</button>
        <button onClick={() => fileRef.current?.click()}>{t('set.importJson')}</button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0]
            if (f) void act(() => importJson(f))
            e.target.value = ''
          }}
        />
      </div>
      {msg && <p className="ok-msg">{msg}</p>}
      {err && <p className="form-error">{err}</p>}
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

/** Settings changes (spec §12: kept in a history shown in Settings). */
export function HistoryPanel({ version }: { version: unknown }) {
  const { t } = useTranslation()
  const [rows, setRows] = useState<{ at: string; key: string; old: unknown; new: unknown }[]>([])
  useEffect(() => {
    call('settings.history', {}).then((r) => setRows([...r].sort((a, b) => b.at.localeCompare(a.at))), () => undefined)
  }, [version])
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—'
    if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no')
    const s = Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v)
    return s.length > 60 ? s.slice(0, 59) + '…' : s
  }
  const label = (key: string) => (SETTING_LABEL_KEYS[key] ? t(SETTING_LABEL_KEYS[key]) : key)
  return (
    <section className="card" aria-label={t('set.history')}>
      <h2>{t('set.history')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <table className="data-table">
          <tbody>
            {rows.slice(0, 50).map((r, i) => (
              <tr key={i}>
                <td className="tabular nowrap">{formatKstFull(r.at)}</td>
                <td>{label(r.key)}</td>
                <td className="muted">{show(r.old)}</td>
                <td>→ {show(r.new)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
