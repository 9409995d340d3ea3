import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  type Fn = (...a: unknown[]) => void
  class FakeNotification {
    static made: FakeNotification[] = []
    static activation: ((d: { type: string; arguments: string }) => void) | null = null
    static removed: string[] = []
    static isSupported = () => true
    static handleActivation = (cb: (d: { type: string; arguments: string }) => void) => (FakeNotification.activation = cb)
    static remove = (ids: string[]) => FakeNotification.removed.push(...ids)
    listeners = new Map<string, Fn>()
    closed = false
    shown = false
    constructor(readonly options: Record<string, unknown>) {
      FakeNotification.made.push(this)
    }
    on(event: string, fn: Fn) {
      this.listeners.set(event, fn)
      return this
    }
    show() {
      this.shown = true
    }
    close() {
      this.closed = true
    }
  }
  return { Notification: FakeNotification }
})
vi.mock('electron', () => electron)

import { activationArguments, createNotifier, parseActivation, windowsToastXml } from '../../../electron/main/notifier'
import type { Alert } from '../../../shared/ipc'

const alert = (kind: Alert['kind'], key = `7|G3|${kind}`): Alert => ({ key, issueId: 7, kind, dueAt: '2026-11-25T05:30:00.000Z', title: 'ACME · 총판 전화 <마감>', body: '홍길동 010-1234-5678', targets: ['G3'] })
const make = (platform: NodeJS.Platform) => {
  const opened: number[] = []
  const snoozed: number[] = []
  let flashed = 0
  const n = createNotifier({ platform, language: () => 'ko', openIssue: (id) => opened.push(id), snooze: (id) => snoozed.push(id), failed: () => flashed++ })
  return { n, opened, snoozed, flashed: () => flashed }
}

beforeEach(() => {
  electron.Notification.made = []
  electron.Notification.activation = null
  electron.Notification.removed = []
})

describe('desktop notifications', () => {
  it('due and overdue alerts stay until dismissed; "15 minutes left" may time out', () => {
    const { n } = make('linux')
    n.show(alert('at'))
    n.show(alert('before'))
    n.show(alert('missed', 'missed|x'))
    expect(electron.Notification.made.map((m) => m.options.timeoutType)).toEqual(['never', 'default', 'never'])
    expect(electron.Notification.made.every((m) => m.shown)).toBe(true)
  })

  it('Windows: the toast XML carries the issue in launch and button arguments; Action Center clicks reach handleActivation', () => {
    const { n, opened, snoozed } = make('win32')
    n.show(alert('at'))
    const xml = electron.Notification.made[0].options.toastXml as string
    expect(xml).toContain('scenario="reminder"')
    expect(xml).toContain('&#60;마감&#62;') // escaped
    expect(xml).toContain('content="열기"')
    expect(xml).toContain('content="10분 미루기"')
    expect(windowsToastXml(alert('before'), 'en')).not.toContain('scenario=')
    electron.Notification.activation!({ type: 'click', arguments: activationArguments('open', 7) })
    electron.Notification.activation!({ type: 'action', arguments: activationArguments('snooze', 7) })
    electron.Notification.activation!({ type: 'click', arguments: 'garbage' })
    expect(opened).toEqual([7])
    expect(snoozed).toEqual([7])
    expect(parseActivation('action=open&issue=-1')).toBeNull()
  })

  it('macOS buttons: 열기 opens, 10분 미루기 snoozes; a failed toast flashes the window', () => {
    const { n, opened, snoozed, flashed } = make('darwin')
    n.show(alert('at'))
    const m = electron.Notification.made[0]
    expect(m.options.actions).toEqual([{ type: 'button', text: '열기' }, { type: 'button', text: '10분 미루기' }])
    m.listeners.get('action')!({ actionIndex: 1 })
    m.listeners.get('action')!({ actionIndex: 0 })
    m.listeners.get('failed')!({}, 'no permission')
    expect(snoozed).toEqual([7])
    expect(opened).toEqual([7])
    expect(flashed()).toBe(1)
  })

  it('withdrawn alerts are closed and (macOS) removed from Notification Center; the same key shown again replaces the old one', () => {
    const { n } = make('darwin')
    n.show(alert('at', 'k1'))
    n.show(alert('at', 'k1'))
    expect(electron.Notification.made[0].closed).toBe(true)
    n.show(alert('at', 'k2'))
    n.withdraw(['k1', 'k2', 'unknown'])
    expect(electron.Notification.made.map((m) => m.closed)).toEqual([true, true, true])
    expect(electron.Notification.removed).toEqual(['k1', 'k2', 'unknown'])
  })
})
