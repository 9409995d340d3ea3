import type { AppSettings } from '../../../shared/model'
import type { Store } from '../store/store'
import type { Hub } from './hub'

/** Current settings, held in memory (one object until the next change) and saved with history. */
export class SettingsService {
  private current: AppSettings

  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly now: () => Date,
  ) {
    this.current = store.settings.get()
  }

  get = (): AppSettings => this.current

  /** `afterSave` runs inside the same transaction (e.g. recomputing every open deadline). */
  update(next: AppSettings, afterSave?: () => void): AppSettings {
    const previous = this.current
    try {
      this.store.tx(() => {
        this.store.settings.put(next, this.now().toISOString())
        this.current = next
        afterSave?.()
      })
    } catch (e) {
      this.current = previous
      throw e
    }
    this.hub.emit('settingsChanged', next)
    return next
  }

  /** After a restore the file changed under us. */
  reload(): void {
    this.current = this.store.settings.get()
  }
}
