import { useTranslation } from 'react-i18next'

/**
 * SLOT — the registration form export (spec §10: DOCX, PDF, .eml, clipboard text).
 * The lead connects it in the next step; until then the button is shown disabled.
 */
export function ExportPanel({ issueId }: { issueId: number }) {
  const { t } = useTranslation()
  return (
    <section className="card export-panel" data-testid="export-panel" data-issue-id={issueId}>
      <h2>{t('wb.export')}</h2>
      <span title={t('wb.exportLater')} className="tooltip-wrap">
        <button disabled aria-describedby="export-later">{t('wb.export')}</button>
      </span>
      <span id="export-later" className="hint">{t('wb.exportLater')}</span>
    </section>
  )
}
