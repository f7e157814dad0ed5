import { EVENT_NAMES, type EventName, type StationEvents } from '../../shared/api/events';
import { TypedEmitter } from '../devices/typed-emitter';

/** Push events from the backend; each shell forwards them to its UI clients. */
export class EventBus extends TypedEmitter<StationEvents> {
  publish<E extends EventName>(event: E, payload: StationEvents[E]): void {
    this.emit(event, payload);
  }

  /** Subscribes to every push event (for forwarding to a UI). */
  onAny(listener: <E extends EventName>(event: E, payload: StationEvents[E]) => void): () => void {
    const offs = EVENT_NAMES.map((name) => this.on(name, (payload) => listener(name, payload)));
    return () => offs.forEach((off) => off());
  }
}
