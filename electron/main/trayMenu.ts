import type { MenuItemConstructorOptions } from 'electron'

export interface TrayActions {
  quickLog(): void
  dashboard(): void
  quit(): void
}

const labels = {
  ko: { quickLog: '빠른 등록…', dashboard: '대시보드', quit: '종료' },
  en: { quickLog: 'Quick log…', dashboard: 'Dashboard', quit: 'Quit' },
}

/** The tray menu, as plain data so that it is tested without Electron. */
export function trayMenuTemplate(language: 'ko' | 'en', actions: TrayActions, urgent: MenuItemConstructorOptions[] = []): MenuItemConstructorOptions[] {
  const t = labels[language]
  return [
    ...urgent,
    ...(urgent.length ? [{ type: 'separator' as const }] : []),
    { label: t.quickLog, accelerator: 'CommandOrControl+Alt+V', click: actions.quickLog },
    { label: t.dashboard, click: actions.dashboard },
    { type: 'separator' },
    { label: t.quit, click: actions.quit },
  ]
}
