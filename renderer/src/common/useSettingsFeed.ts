import { useEffect, useRef, useState } from 'react'
import { api, call } from '../../api'
import type { AppSettings } from '../../../shared/model'
import { errorText } from './errors'

/**
 * The one subscription to the saved settings, for both windows: `onSettings` gets them once at
 * start, then on every settingsChanged push. A failed first read is said in `error`, not swallowed.
 */
export function useSettingsFeed(onSettings: (s: AppSettings) => void): { loaded: boolean; error: string } {
  const [loaded, setLoaded] = useState(false)
  const [error, setError] = useState('')
  const latest = useRef(onSettings)
  useEffect(() => {
    latest.current = onSettings
  })
  useEffect(() => {
    let live = true
    call('settings.get', {}).then(
      (s) => live && (latest.current(s), setLoaded(true)),
      (e: unknown) => live && (setError(errorText(e)), setLoaded(true)),
    )
    const off = api.on('settingsChanged', (s) => {
      latest.current(s)
      setError('')
    })
    return () => {
      live = false
      off()
    }
  }, [])
  return { loaded, error }
}
