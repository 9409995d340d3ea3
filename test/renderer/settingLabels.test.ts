import { describe, expect, it } from 'vitest'
import { en } from '../../renderer/src/i18n/en'
import { ko } from '../../renderer/src/i18n/ko'
import { SETTING_LABEL_KEYS } from '../../renderer/src/settings/settingLabels'
import { AppSettingsSchema } from '../../shared/model'

const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o)

describe('the settings history speaks in the Settings page’s words', () => {
  it.each(Object.entries(SETTING_LABEL_KEYS))('%s has a label in Korean and English and is a real setting', (path, key) => {
    expect(typeof at(ko, key)).toBe('string')
    expect(typeof at(en, key)).toBe('string')
    expect(at(AppSettingsSchema.parse({}), path)).not.toBeUndefined()
  })
})
