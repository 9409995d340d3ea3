import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { api, call } from '../../api'
import { defaultSettings, type AppSettings } from '../../../shared/model'
import { setLanguage } from '../i18n'

interface SettingsState {
  settings: AppSettings
  loaded: boolean
  replace: (s: AppSettings) => void
}

const SettingsContext = createContext<SettingsState>({ settings: defaultSettings(), loaded: false, replace: () => undefined })

/** The app's settings, read once and kept fresh by the settingsChanged push event. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<AppSettings>(defaultSettings)
  const [loaded, setLoaded] = useState(false)
  const replace = (s: AppSettings) => {
    setSettings(s)
    setLanguage(s.language)
  }
  useEffect(() => {
    call('settings.get', {}).then(
      (s) => (replace(s), setLoaded(true)),
      () => setLoaded(true),
    )
    return api.on('settingsChanged', replace)
  }, [])
  return <SettingsContext.Provider value={{ settings, loaded, replace }}>{children}</SettingsContext.Provider>
}

export const useSettings = () => useContext(SettingsContext)
