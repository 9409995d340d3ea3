import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api'
import type { AppSettings } from '../../../shared/model'
import { noErrors, toFormErrors, type FormErrors } from '../common/errors'
import { useSettings } from '../common/settingsContext'
import { settingLabel } from './settingLabels'
import type { Slice } from './slice'

/** A refused setting's name as the page labels it (`settings.domain.playbook.g2…` → "G2 자체 트러블슈팅 (영업일)"). */
function settingName(path: PropertyKey[], t: (key: string) => string): string | null {
  const key = path.slice(path[0] === 'settings' ? 1 : 0).map(String).join('.')
  const label = settingLabel(key, t)
  return label === key ? null : label
}

/** The settings being edited: the whole draft as a slice, and `save` that reports the core's verdict. */
export function useSettingsDraft() {
  const { t } = useTranslation()
  const { settings, replace, loaded } = useSettings()
  const [draft, setDraft] = useState<AppSettings>(settings)
  const [errors, setErrors] = useState<FormErrors>(noErrors)
  const [status, setStatus] = useState('')

  // Saved settings arriving from the core replace the draft (React's "adjust state on prop change").
  const [shown, setShown] = useState(settings)
  if (shown !== settings) {
    setShown(settings)
    setDraft(settings)
  }

  const save = async (next: AppSettings = draft): Promise<boolean> => {
    try {
      const saved = await call('settings.update', { settings: next })
      replace(saved)
      setErrors(noErrors)
      setStatus(t('set.savedOk'))
      setTimeout(() => setStatus(''), 2500)
      return true
    } catch (e) {
      setErrors(toFormErrors(e, (path) => settingName(path, t)))
      setStatus('')
      return false
    }
  }

  const root: Slice<AppSettings> = { value: draft, onChange: setDraft, path: '', errors }
  return { settings, loaded, draft, root, errors, status, save }
}
