import type { ConnectionState } from './ws-client';

type Listener = () => void;

/** The browser-mode link state as an external store (read with useSyncExternalStore). */
export function createConnectionStore() {
  let state: ConnectionState | null = null;
  const listeners = new Set<Listener>();
  return {
    set(next: ConnectionState) {
      state = next;
      listeners.forEach((l) => l());
    },
    get: () => state,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
