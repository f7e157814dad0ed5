import { BUS_EVENT_NAMES, type BusEventName, type StationEvents } from '../../shared/api/events';
import { TypedEmitter } from '../devices/typed-emitter';

/**
 * Push events from the backend; each shell forwards them to its UI clients. Link-only events
 * (`field.input`: a scan captured for one UI's PIN field) cannot be published here.
 */
export class EventBus extends TypedEmitter<Pick<StationEvents, BusEventName>> {
  publish<E extends BusEventName>(event: E, payload: StationEvents[E]): void {
    this.emit(event, payload);
  }

  /** Subscribes to every push event (for forwarding to a UI). */
  onAny(listener: <E extends BusEventName>(event: E, payload: StationEvents[E]) => void): () => void {
    const offs = BUS_EVENT_NAMES.map((name) => this.on(name, (payload) => listener(name, payload)));
    return () => offs.forEach((off) => off());
  }
}
