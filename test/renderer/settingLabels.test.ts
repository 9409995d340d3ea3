import { describe, expect, it } from 'vitest'
import { en } from '../../renderer/src/i18n/en'
import { ko } from '../../renderer/src/i18n/ko'
import { SETTING_LABEL_KEYS } from '../../renderer/src/settings/settingLabels'
import { AppSettingsSchema } from '../../shared/model'
import { i18n } from '../../renderer/src/i18n'
import { settingLabel, settingValue } from '../../renderer/src/settings/settingLabels'

const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o)

describe('the settings history speaks in the Settings page’s words', () => {
  it.each(Object.entries(SETTING_LABEL_KEYS))('%s has a label in Korean and English and is a real setting', (path, key) => {
    expect(typeof at(ko, key)).toBe('string')
    expect(typeof at(en, key)).toBe('string')
    expect(at(AppSettingsSchema.parse({}), path)).not.toBeUndefined()
  })
})


const leaves = (o: unknown, p = ''): string[] =>
  o && typeof o === 'object' && !Array.isArray(o) ? Object.keys(o).flatMap((k) => leaves((o as Record<string, unknown>)[k], p ? `${p}.${k}` : k)) : [p]

describe('settings history: labels and names, never raw keys and ids', () => {
  it.each(['ko', 'en'])('every setting the history can record has a label (%s)', (lng) => {
    const t = i18n.getFixedT(lng)
    for (const path of leaves(AppSettingsSchema.parse({}))) {
      const label = settingLabel(path, t)
      expect(label, path).not.toBe(path)
      expect(label, path).not.toMatch(/^(set|renewal)\.|undefined/)
    }
  })
  it('firstRunDone and the default SE read as words; a contact id reads as the contact’s name', () => {
    const t = i18n.getFixedT('ko')
    expect(settingLabel('firstRunDone', t)).toBe('처음 설정 완료')
    expect(settingLabel('domain.targets.basic.2', t)).toBe('목표 응답 시간 (시간) · Basic Sev2')
    const contacts = [{ id: 2, name: '이SE' }]
    expect(settingValue('defaultSeContactId', 2, t, contacts)).toBe('이SE')
    expect(settingValue('defaultSeContactId', 9, t, contacts)).toBe('(삭제된 연락처)')
    expect(settingValue('defaultSeContactId', null, t, contacts)).toBe('—')
    expect(settingValue('domain.routing.APJ.days', [1, 2, 3, 4, 5], t, contacts)).toBe('월, 화, 수, 목, 금')
  })
})
