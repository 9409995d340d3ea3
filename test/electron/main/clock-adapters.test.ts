import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  /** Just enough of an EventEmitter (vi.hoisted runs before imports). */
  class EventEmitter {
    private listeners = new Map<string, (() => void)[]>()
    on(event: string, fn: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn])
      return this
    }
    removeListener(event: string, fn: () => void) {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== fn))
      return this
    }
    removeAllListeners() {
      this.listeners.clear()
    }
    emit(event: string) {
      for (const fn of this.listeners.get(event) ?? []) fn()
    }
  }
  class FakeNotification extends EventEmitter {
    static shown: FakeNotification[] = []
    static isSupported = () => true
    constructor(readonly options: { title: string; body: string }) {
      super()
    }
    show() {
      FakeNotification.shown.push(this)
    }
  }
  return {
    Notification: FakeNotification,
    powerMonitor: new EventEmitter(),
    Menu: { buildFromTemplate: (template: unknown[]) => ({ template }) },
    nativeImage: { createFromPath: (file: string) => ({ file }) },
  }
})
vi.mock('electron', () => electron)

import { createNotifier } from '../../../electron/main/notifier'
import { resyncOnWake } from '../../../electron/main/power'
import { createTrayStatus } from '../../../electron/main/trayStatus'
import type { Alert } from '../../../shared/ipc'
import type { TrayModel } from '../../../shared/schedule/trayModel'

const alert: Alert = {
  key: 'k',
  issueId: 7,
  kind: 'before',
  dueAt: '2026-11-25T05:30:00.000Z',
  title: 'ACME · 총판 엔지니어에게 전화 (15분 남음)',
  body: '… — 홍길동 010-1234-5678',
  targets: ['G3'],
}

beforeEach(() => {
  electron.Notification.shown = []
  electron.powerMonitor.removeAllListeners()
})

describe('notifier: an alert becomes an Electron Notification whose click opens the issue', () => {
  it('shows the title and body, and a click opens issue 7', () => {
    const opened: number[] = []
    createNotifier({ platform: 'linux', language: () => 'ko', openIssue: (id) => opened.push(id), snooze: () => {}, failed: () => {} }).show(alert)
    const [n] = electron.Notification.shown
    expect(n.options).toMatchObject({ title: alert.title, body: alert.body })
    n.emit('click')
    expect(opened).toEqual([7])
  })
})

describe('power: resume and unlock resync the clock', () => {
  it('calls resync on both, and no more once disposed', () => {
    const resync = vi.fn()
    const dispose = resyncOnWake(resync)
    electron.powerMonitor.emit('resume')
    electron.powerMonitor.emit('unlock-screen')
    expect(resync).toHaveBeenCalledTimes(2)
    dispose()
    electron.powerMonitor.emit('resume')
    expect(resync).toHaveBeenCalledTimes(2)
  })
})

describe('tray status applies the tray model', () => {
  const model = (overdue: boolean): TrayModel => ({
    tooltip: '3건 · 초과 1 · 다음 14:30 총판 전화',
    title: overdue ? '초과 1' : '',
    overdue,
    urgent: [{ issueId: 4, customer: 'ACME', step: '총판 전화', countdown: '30분 남음', label: 'ACME · 총판 전화 · 30분 남음' }],
  })

  function fakeTray() {
    const calls: Record<string, unknown[]> = { setToolTip: [], setTitle: [], setImage: [], setContextMenu: [] }
    const tray = Object.fromEntries(Object.keys(calls).map((k) => [k, (v: unknown) => calls[k].push(v)]))
    return { tray: tray as unknown as import('electron').Tray, calls }
  }

  it('sets tooltip, macOS title, the alert icon when overdue, and the urgent issues above 빠른 등록', () => {
    const { tray, calls } = fakeTray()
    let current = model(true)
    const opened: number[] = []
    const status = createTrayStatus({
      tray,
      iconFiles: { normal: 'tray.png', alert: 'tray-alert.png' },
      model: () => current,
      language: () => 'ko',
      actions: { quickLog: () => {}, dashboard: () => {}, openLogFolder: () => {}, quit: () => {} },
      openIssue: (id) => opened.push(id),
      platform: 'darwin',
    })
    status.update()
    expect(calls.setToolTip).toEqual(['3건 · 초과 1 · 다음 14:30 총판 전화'])
    expect(calls.setTitle).toEqual(['초과 1'])
    expect(calls.setImage).toEqual([{ file: 'tray-alert.png' }])
    const menu = calls.setContextMenu[0] as { template: { label?: string; type?: string; click?: () => void }[] }
    expect(menu.template.map((i) => i.label ?? i.type)).toEqual(['ACME · 총판 전화 · 30분 남음', 'separator', '빠른 등록…', '대시보드', 'separator', '로그 폴더 열기', '종료'])
    menu.template[0].click!()
    expect(opened).toEqual([4])

    current = model(false)
    status.update()
    status.update()
    expect(calls.setImage).toEqual([{ file: 'tray-alert.png' }, { file: 'tray.png' }]) // changed once, not on every update
  })

  it('does not set a title outside macOS', () => {
    const { tray, calls } = fakeTray()
    createTrayStatus({
      tray,
      iconFiles: { normal: 'a', alert: 'b' },
      model: () => model(false),
      language: () => 'en',
      actions: { quickLog: () => {}, dashboard: () => {}, openLogFolder: () => {}, quit: () => {} },
      openIssue: () => {},
      platform: 'win32',
    }).update()
    expect(calls.setTitle).toEqual([])
  })
})
