import type { EventName, EventOf } from '../../../shared/ipc'

type Listener = (event: EventName, payload: unknown) => void

/** Push events from services to whoever listens: the transports (to the renderer) and the clock. */
export class Hub {
  private listeners = new Set<Listener>()

  on(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<E extends EventName>(event: E, payload: EventOf<E>): void {
    for (const l of this.listeners) l(event, payload)
  }
}
