import { EventEmitter } from 'node:events';

/** A Node EventEmitter whose event names and payloads are checked against a map. */
export class TypedEmitter<Events extends object> {
  readonly #emitter = new EventEmitter();

  on<K extends keyof Events & string>(event: K, listener: (payload: Events[K]) => void): () => void {
    this.#emitter.on(event, listener as (payload: unknown) => void);
    return () => this.#emitter.off(event, listener as (payload: unknown) => void);
  }

  once<K extends keyof Events & string>(event: K, listener: (payload: Events[K]) => void): void {
    this.#emitter.once(event, listener as (payload: unknown) => void);
  }

  protected emit<K extends keyof Events & string>(event: K, payload: Events[K]): void {
    // 'error' without listeners would throw in EventEmitter; a device error must never crash the station.
    if (event === 'error' && this.#emitter.listenerCount('error') === 0) return;
    this.#emitter.emit(event, payload);
  }

  removeAllListeners(): void {
    this.#emitter.removeAllListeners();
  }
}
