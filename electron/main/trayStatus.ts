import { Menu, nativeImage, type NativeImage, type Tray } from 'electron'
import type { TrayModel } from '../../shared/schedule/trayModel'
import { trayMenuTemplate, type TrayActions, type TrayMenuState } from './trayMenu'

export interface TrayStatusOptions {
  tray: Tray
  /** resources/icons/tray.png and tray-alert.png */
  iconFiles: { normal: string; alert: string }
  model: () => TrayModel
  language: () => 'ko' | 'en'
  actions: TrayActions
  menuState?: () => TrayMenuState
  openIssue(issueId: number): void
  platform?: NodeJS.Platform
}

/**
 * Applies the tray model: tooltip, macOS title, normal/alert icon, and the urgent issues in the menu.
 * This is the signal that always shows: Focus Assist / Do Not Disturb hide toasts without telling the app.
 */
export function createTrayStatus(o: TrayStatusOptions): { update(): void } {
  const icons: Record<'normal' | 'alert', NativeImage> = {
    normal: nativeImage.createFromPath(o.iconFiles.normal),
    alert: nativeImage.createFromPath(o.iconFiles.alert),
  }
  let shownIcon: 'normal' | 'alert' | null = null
  return {
    update() {
      const m = o.model()
      o.tray.setToolTip(m.tooltip)
      if ((o.platform ?? process.platform) === 'darwin') o.tray.setTitle(m.title)
      const icon = m.overdue ? 'alert' : 'normal'
      if (icon !== shownIcon) {
        o.tray.setImage(icons[icon])
        shownIcon = icon
      }
      const urgent = m.urgent.map((u) => ({ label: u.label, click: () => o.openIssue(u.issueId) }))
      o.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(o.language(), o.actions, urgent, o.menuState?.())))
    },
  }
}
