import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { host } from '../api'
import { useSettingsFeed } from './common/useSettingsFeed'
import { i18n, setLanguage } from './i18n'
import { QuickEntry } from './quick/QuickEntry'
import './styles/base.css'
import './styles/quick.css'
import './styles/quickWindow.css'

/** The quick-entry window: the form only (no dashboard code in this bundle). */
function QuickApp() {
  const { error } = useSettingsFeed((s) => setLanguage(s.language))
  // In Electron, Esc closes the window (main hides it); in the browser preview Esc clears the form.
  const onEscape = host === 'electron' ? () => window.close() : undefined
  return (
    <>
      {error && <p className="form-error" role="alert">{error}</p>}
      <QuickEntry onEscape={onEscape} />
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QuickApp />
    </I18nextProvider>
  </StrictMode>,
)
