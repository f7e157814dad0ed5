import type { LinkState } from '../../../shared/api/client';

type Listener = () => void;

/** The link state (WebSocket or desktop MessagePort) as an external store (read with useSyncExternalStore). */
export function createConnectionStore() {
  let state: LinkState | null = null;
  const listeners = new Set<Listener>();
  return {
    set(next: LinkState) {
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
