import type { BrowserWindow, Rectangle, Screen } from 'electron'

/** Centred horizontally near the top of the display's work area (the part not taken by the taskbar or dock). */
export function quickWindowBounds(workArea: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, workArea.width)
  const height = Math.min(size.height, workArea.height)
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + Math.min(workArea.height * 0.15, workArea.height - height)),
    width,
    height,
  }
}

/** Shows the quick window on the display where the cursor is, above full-screen apps on macOS, focused. */
export function showQuickWindow(win: BrowserWindow, screen: Screen, platform: NodeJS.Platform): void {
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint())
  const [width, height] = win.getSize()
  win.setBounds(quickWindowBounds(display.workArea, { width, height }))
  if (platform === 'darwin') win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true })
  win.setAlwaysOnTop(true, 'screen-saver')
  win.show()
  win.focus()
}
