import type { EventName, EventOf } from '../../../shared/ipc'

/** Hears every event, each typed by its name (the transports forward them all to the renderer). */
export type HubListener = <E extends EventName>(event: E, payload: EventOf<E>) => void

/**
 * Push events from the core to the transports (to the renderer) and the desktop adapters. The
 * clock is not a listener: the services tell it directly (see issueWatcher.ts), so no listener
 * order matters.
 */
export class Hub {
  private listeners = new Set<HubListener>()

  on(listener: HubListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** One event only, with its own payload type. */
  onEvent<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
    return this.on((name: EventName, payload: unknown) => {
      if (name === event) listener(payload as EventOf<E>)
    })
  }

  emit<E extends EventName>(event: E, payload: EventOf<E>): void {
    for (const l of this.listeners) l(event, payload)
  }
}
