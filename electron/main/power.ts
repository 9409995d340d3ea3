import { powerMonitor } from 'electron'

/** After sleep or a locked screen the clock resyncs at once (the watchdog would notice within ~30 s). */
export function resyncOnWake(resync: () => void): () => void {
  powerMonitor.on('resume', resync)
  powerMonitor.on('unlock-screen', resync)
  return () => {
    powerMonitor.removeListener('resume', resync)
    powerMonitor.removeListener('unlock-screen', resync)
  }
}
