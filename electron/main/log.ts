import log from 'electron-log/main'
import path from 'node:path'

/**
 * The app's log file: `<user data>/logs/main.log`, rotated at 1 MB (the previous one is kept as
 * main.old.log). Start failures, shortcut problems and notification failures are written here.
 */
export function setUpLog(userDataDir: string): { log: typeof log; folder: string; file: string } {
  const folder = path.join(userDataDir, 'logs')
  const file = path.join(folder, 'main.log')
  log.transports.file.resolvePathFn = () => file
  log.transports.file.maxSize = 1024 * 1024
  log.transports.console.level = process.env.NODE_ENV === 'development' ? 'debug' : 'warn'
  return { log, folder, file }
}
