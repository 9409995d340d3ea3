import { useTranslation } from 'react-i18next'
import type { AppSettings } from '../../../shared/model'
import { CheckField, Section } from './fields'
import { ShortcutField, type DesktopStatus } from './ShortcutField'
import { at, errorOf, type Slice } from './slice'

export const APP_KEYS = ['shortcut', 'startAtLogin'] as const
export type AppBehaviour = Pick<AppSettings, (typeof APP_KEYS)[number]>

/** The quick-entry shortcut, start at login (where the desktop supports it) and the language (saved at once). */
export function AppSection({
  value,
  desktop,
  language,
  onLanguage,
}: {
  value: Slice<AppBehaviour>
  desktop: DesktopStatus | null
  language: AppSettings['language']
  onLanguage: (next: AppSettings['language']) => void
}) {
  const { t } = useTranslation()
  const shortcut = at(value, 'shortcut')
  return (
    <Section title={t('set.app')}>
      <ShortcutField value={shortcut.value} onChange={shortcut.onChange} error={errorOf(shortcut)} status={desktop} />
      <label className="field">
        <span>{t('set.language')}</span>
        <select name="language" value={language} onChange={(e) => onLanguage(e.target.value as AppSettings['language'])}>
          <option value="ko">한국어</option>
          <option value="en">English</option>
        </select>
      </label>
      {desktop?.startAtLoginSupported && <CheckField field={at(value, 'startAtLogin')} label={t('set.startAtLogin')} />}
    </Section>
  )
}
