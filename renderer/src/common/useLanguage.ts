import { useEffect } from 'react'
import { api, call } from '../../api'
import { setLanguage } from '../i18n'

/** Follows settings.language: read once at start, then on every settingsChanged push. */
export function useLanguageFromSettings(): void {
  useEffect(() => {
    call('settings.get', {}).then((s) => setLanguage(s.language), () => undefined)
    return api.on('settingsChanged', (s) => setLanguage(s.language))
  }, [])
}
