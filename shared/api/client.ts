import type { RequestInput, RequestName, RequestOutput } from './contract';
import type { Result } from './errors';
import type { EventName, StationEvents } from './events';

/**
 * What the renderer talks to, whichever shell it runs in: the Electron preload exposes an object
 * of this type on `window.scanbay`; browser mode builds one over a WebSocket.
 */
export interface StationClient {
  request<N extends RequestName>(name: N, input: RequestInput<N>): Promise<Result<RequestOutput<N>>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): () => void;
  /** Tells the backend the UI is listening: pushes queued until now are delivered. */
  ready(): void;
}

/** IPC channel names shared by the Electron main process and the preload. */
export const IPC = {
  request: 'scanbay:request',
  event: 'scanbay:event',
  ready: 'scanbay:ready',
} as const;

/** Largest request payload accepted (serialized JSON bytes). */
export const MAX_REQUEST_BYTES = 1_000_000;
