import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { SettingsProvider } from './common/settingsContext'
import { i18n } from './i18n'
import './styles/base.css'
import './styles/app.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </I18nextProvider>
  </StrictMode>,
)
