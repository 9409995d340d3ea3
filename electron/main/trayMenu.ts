import type { MenuItemConstructorOptions } from 'electron'

export interface TrayActions {
  quickLog(): void
  dashboard(): void
  openLogFolder(): void
  quit(): void
}

const labels = {
  ko: { quickLog: '빠른 등록…', dashboard: '대시보드', logs: '로그 폴더 열기', quit: '종료' },
  en: { quickLog: 'Quick log…', dashboard: 'Dashboard', logs: 'Open log folder', quit: 'Quit' },
}

export interface TrayMenuState {
  /** The shortcut in use, shown beside 빠른 등록; null when none is registered. */
  shortcut: string | null
  /** Why the shortcut cannot be used, shown as the first line; null when it works. */
  shortcutProblem: string | null
}

/** The tray menu, as plain data so that it is tested without Electron. */
export function trayMenuTemplate(
  language: 'ko' | 'en',
  actions: TrayActions,
  urgent: MenuItemConstructorOptions[] = [],
  state: TrayMenuState = { shortcut: null, shortcutProblem: null },
): MenuItemConstructorOptions[] {
  const t = labels[language]
  const problem: MenuItemConstructorOptions[] = state.shortcutProblem ? [{ label: state.shortcutProblem, enabled: false }, { type: 'separator' }] : []
  return [
    ...problem,
    ...urgent,
    ...(urgent.length ? [{ type: 'separator' as const }] : []),
    // registerAccelerator: false — the label shows the key; the global shortcut does the work.
    { label: t.quickLog, click: actions.quickLog, ...(state.shortcut ? { accelerator: state.shortcut, registerAccelerator: false } : {}) },
    { label: t.dashboard, click: actions.dashboard },
    { type: 'separator' },
    { label: t.logs, click: actions.openLogFolder },
    { label: t.quit, click: actions.quit },
  ]
}
