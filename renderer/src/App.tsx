import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call, host } from '../api'
import { AlertCenter } from './alerts/AlertCenter'
import { go, useRoute } from './common/route'
import { useSettings } from './common/settingsContext'
import { Dashboard } from './dashboard/Dashboard'
import { NewIssueDialog } from './newIssue/NewIssueDialog'
import { ReportsPage } from './reports/ReportsPage'
import { SettingsPage } from './settings/SettingsPage'
import { Workbench } from './workbench/Workbench'

/** The main window: dashboard, issue workbench and settings behind simple hash routes. */
export function App() {
  const { t } = useTranslation()
  const route = useRoute()
  const settingsError = useSettings().error
  const [newIssue, setNewIssue] = useState(false)
  // Electron shows its quick-entry window; the preview (no such window) opens the form in a dialog.
  const openNewIssue = () =>
    void call('app.openQuickEntry', {}).then(
      ({ openedByHost }) => openedByHost || setNewIssue(true),
      () => setNewIssue(true),
    )

  // The tray menu or a clicked native notification (Electron) asks the window to open an issue.
  useEffect(() => api.on('openIssue', ({ issueId }) => go(`#/issue/${issueId}`)), [])

  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="quick-mark" aria-hidden>V</span>
          {t('app.name')}
        </a>
        <nav>
          <a href="#/" aria-current={route.name === 'dashboard' ? 'page' : undefined}>{t('nav.dashboard')}</a>
          <a href="#/reports" aria-current={route.name === 'reports' ? 'page' : undefined}>{t('rep.nav')}</a>
          <a href="#/settings" aria-current={route.name === 'settings' ? 'page' : undefined}>{t('nav.settings')}</a>
          <button type="button" className="link quick-link" onClick={openNewIssue}>{t('dash.newIssue')}</button>
        </nav>
        {host === 'web' && <span className="chip">{t('app.preview')}</span>}
      </header>
      <div className="shell-body">
        <main className="page">
          {settingsError && <p className="form-error" role="alert">{settingsError}</p>}
          {route.name === 'dashboard' && <Dashboard />}
          {route.name === 'issue' && <Workbench key={route.id} id={route.id} />}
          {route.name === 'settings' && <SettingsPage section={route.section} />}
          {route.name === 'reports' && <ReportsPage />}
        </main>
        <AlertCenter />
      </div>
      {newIssue && <NewIssueDialog onClose={() => setNewIssue(false)} />}
    </div>
  )
}
