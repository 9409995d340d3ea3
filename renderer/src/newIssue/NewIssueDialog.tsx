import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { go } from '../common/route'
import { QuickEntry } from '../quick/QuickEntry'
import '../styles/quick.css'

/** "+ 새 이슈" where the host has no quick window (the preview): the quick-entry form in a dialog; after saving it offers the new issue. */
export function NewIssueDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const [saved, setSaved] = useState<{ id: number; title: string } | null>(null)
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="new-issue-dialog" role="dialog" aria-modal="true" aria-label={t('dash.newIssue')} data-testid="new-issue-dialog">
        <QuickEntry onEscape={onClose} onSaved={setSaved} />
        <div className="dialog-foot">
          {saved && (
            <span className="offer" role="status" data-testid="open-new-issue">
              {t('newIssue.saved', { id: saved.id, title: saved.title })}
              <button
                className="small primary"
                onClick={() => {
                  onClose()
                  go(`#/issue/${saved.id}`)
                }}
              >
                {t('newIssue.open')}
              </button>
            </span>
          )}
          <button onClick={onClose}>{t('common.close')}</button>
        </div>
      </div>
    </div>
  )
}
