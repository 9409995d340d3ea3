import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { cancelImport, exportDataFile, importDataFile, importNeedsFilePicker, onImportProgress, type ImportProgress } from '../../api/dataFiles'
import { errorText } from '../common/errors'

/**
 * 데이터 내보내기 / 가져오기: the whole data file (`veeam-tray-YYYY-MM-DD.jsonl`). An import shows
 * its progress (bytes read of the file) with a 취소 button; nothing changes until it has read the
 * whole file and found it valid.
 */
export function DataFileActions({ onDone }: { onDone: (message: string, error: string) => void }) {
  const { t, i18n } = useTranslation()
  const fileRef = useRef<HTMLInputElement>(null)
  const [importing, setImporting] = useState(false)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  useEffect(() => onImportProgress(setProgress), [])

  const exportFile = async () => {
    try {
      const r = await exportDataFile()
      if (r) onDone('savedTo' in r ? t('set.exported', { file: r.savedTo }) : t('set.exportStarted', { file: r.downloading }), '')
    } catch (e) {
      onDone('', errorText(e))
    }
  }
  const importFile = async (file?: File) => {
    setImporting(true)
    setProgress(null)
    onDone('', '') // the last result is no longer the news
    try {
      const n = await importDataFile(file)
      if (n !== null) onDone(t('set.imported', { n }), '')
    } catch (e) {
      if (e instanceof ApiError && e.error.code === 'cancelled') onDone(t('set.importCancelled'), '')
      else onDone('', errorText(e))
    } finally {
      setImporting(false)
      setProgress(null)
    }
  }

  const share = progress?.bytesTotal ? Math.min(1, progress.bytesRead / progress.bytesTotal) : null
  const pct = share === null ? '' : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share)
  return (
    <>
      <button onClick={() => void exportFile()} disabled={importing}>{t('set.exportJson')}</button>
      <button
        onClick={() => {
          // An import replaces everything (it does not merge): say so before a file is even chosen.
          if (!window.confirm(t('set.importConfirm'))) return
          if (importNeedsFilePicker) fileRef.current?.click()
          else void importFile()
        }}
        disabled={importing}
      >
        {t('set.importJson')}
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".jsonl,.json,application/json,application/x-ndjson"
        hidden
        data-testid="data-import-file"
        onChange={(e) => {
          const f = e.target.files?.[0]
          if (f) void importFile(f)
          e.target.value = ''
        }}
      />
      {importing && (
        <div className="import-progress" role="status">
          <progress max={1} value={progress?.phase === 'applying' ? undefined : (share ?? undefined)} aria-label={t('set.importJson')} />
          <span className="muted tabular">
            {progress?.phase === 'applying' ? t('set.importApplying') : t('set.importing', { pct, n: (progress?.records ?? 0).toLocaleString(i18n.language) })}
          </span>
          {progress?.phase !== 'applying' && (
            <button className="small ghost" onClick={() => void cancelImport()}>
              {t('set.importCancel')}
            </button>
          )}
        </div>
      )}
    </>
  )
}
