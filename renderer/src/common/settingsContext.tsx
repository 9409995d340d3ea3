import { createContext, useContext, useState, type ReactNode } from 'react'
import { defaultSettings, type AppSettings } from '../../../shared/model'
import { setLanguage } from '../i18n'
import { useSettingsFeed } from './useSettingsFeed'

interface SettingsState {
  settings: AppSettings
  loaded: boolean
  /** Why the saved settings could not be read ('' when they were): the defaults are shown meanwhile. */
  error: string
  replace: (s: AppSettings) => void
}

const SettingsContext = createContext<SettingsState>({ settings: defaultSettings(), loaded: false, error: '', replace: () => undefined })

/** The app's settings, read once and kept fresh by the settingsChanged push event. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<AppSettings>(defaultSettings)
  const replace = (s: AppSettings) => {
    setSettings(s)
    setLanguage(s.language)
  }
  const { loaded, error } = useSettingsFeed(replace)
  return <SettingsContext.Provider value={{ settings, loaded, error, replace }}>{children}</SettingsContext.Provider>
}

export const useSettings = () => useContext(SettingsContext)
