import { afterEach, describe, expect, it } from 'vitest'
import { testCore } from './testCore'
import { readDump, writeDump } from './dumpFile'

describe('settings at their bounds keep every issue workable; beyond them nothing is saved', () => {
  let t: ReturnType<typeof testCore>
  afterEach(() => t?.core.close())

  it('with every numeric setting at its maximum, issues are created, opened, read and listed', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    const s = await t.call('settings.get', {})
    const d = s.domain
    d.targets.production = { 1: 168, 2: 168, 3: 168, 4: 168 }
    d.targets.basic = { 1: 168, 2: 168, 3: 168, 4: 168 }
    Object.assign(d.playbook, { g2SelfTroubleshootBusinessDays: 30, g4DistributorBusinessDays: 30, g6FormAfterCaseOpenMinutes: 1440, g7VeeamWorkDays: 60 })
    d.playbook.c5CallWithinMinutes = { critical: 1440, sales: 1440 }
    d.alerts = { leadMinutes: 1440, closingSoonMinutes: 600 }
    await t.call('settings.update', { settings: s })
    for (const track of ['general', 'critical', 'sales'] as const) {
      const issue = await t.call('issues.create', { title: `최대 설정 ${track}`, track, renewal: 'basic' })
      await t.call('issues.openCase', { id: issue.id, caseNumber: `0777${issue.id}`, at: '2026-12-02T01:00:00.000Z' })
      const detail = await t.call('issues.get', { id: issue.id })
      expect(detail.issue.caseNumber).toBe(`0777${issue.id}`)
    }
    expect(await t.call('issues.list', {})).toHaveLength(3)
  })

  it('settings.update and the import refuse g7VeeamWorkDays = 5e6 with a Korean message and change nothing', async () => {
    t = testCore('2026-12-02T01:00:00.000Z')
    const s = await t.call('settings.get', {})
    const before = JSON.stringify(s)
    s.domain.playbook.g7VeeamWorkDays = 5e6
    const update = await t.callRaw('settings.update', { settings: s })
    expect(update).toMatchObject({ ok: false, error: { code: 'invalid', fields: { 'settings.domain.playbook.g7VeeamWorkDays': '60일 이하로 입력하세요' } } })

    const dump = readDump((await t.call('data.exportJson', {})).json)
    dump.settings.domain.targets.production['2'] = 1e15
    const imported = await t.callRaw('data.importJson', { json: writeDump(dump) })
    expect(imported.ok).toBe(false)
    if (!imported.ok) expect(imported.error.message).toContain('168시간 이하로 입력하세요')
    expect(JSON.stringify(await t.call('settings.get', {}))).toBe(before)
  })
})
