import os from 'node:os'
import path from 'node:path'

export const APP_DIR_NAME = 'veeam-escalation-tray'

/** The preview host's default data folder, per user: the same place Electron's userData would be. */
export function defaultDataDir(): string {
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_DIR_NAME)
}

/** `resources/` of the repository (or of the packaged app), from a bundle in out/<part>/. */
export const resourcesDir = (bundleDir: string): string => path.resolve(bundleDir, '..', '..', 'resources')
