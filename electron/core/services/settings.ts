import { createKoreanCalendar } from '../../../shared/domain'
import type { AppSettings } from '../../../shared/model'
import type { Store } from '../store/store'
import type { Hub } from './hub'

/** Who must hear of a settings change, in order: the clock re-arms from memory, then the sort index is rewritten. */
export interface SettingsListeners {
  settingsChanged(): void
  refreshNextDue(): void
}

/** Current settings, held in memory (one object until the next change) and saved with history. */
export class SettingsService {
  private current: AppSettings

  constructor(
    private readonly store: Store,
    private readonly hub: Hub,
    private readonly now: () => Date,
    private readonly listeners: SettingsListeners,
  ) {
    this.current = store.settings.get()
  }

  get = (): AppSettings => this.current

  /** `next` is parsed at the boundary; hours the calendar cannot use are refused before anything is saved. */
  update(next: AppSettings): AppSettings {
    createKoreanCalendar(next.domain.calendar)
    this.store.tx(() => this.store.settings.put(next, this.now().toISOString()))
    this.current = next
    this.listeners.settingsChanged()
    // `next_due` only sorts the list: rewritten in its own transaction, off the clock's path.
    this.listeners.refreshNextDue()
    this.hub.emit('settingsChanged', next)
    return next
  }

  /** After a restore or an import the file changed under us. */
  reload(): void {
    this.current = this.store.settings.get()
  }
}
