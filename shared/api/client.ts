import type { RequestInput, RequestName, RequestOutput } from './contract';
import type { Result } from './errors';
import type { EventName, StationEvents } from './events';

/** The link to the station backend: a WebSocket (browser mode) or a MessagePort (desktop app). */
export type LinkState = 'connecting' | 'open' | 'closed' | 'restarting';

/**
 * What the renderer talks to, whichever shell it runs in: the Electron preload exposes an object
 * of this type on `window.scanbay` (over a MessagePort to the backend process); browser mode
 * builds one over a WebSocket. Both speak the station protocol of `shared/api/link.ts`.
 */
export interface StationClient {
  request<N extends RequestName>(name: N, input: RequestInput<N>): Promise<Result<RequestOutput<N>>>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: StationEvents[E]) => void): () => void;
  /** Tells the backend the UI is listening: pushes queued until now are delivered. */
  ready(): void;
  /** Follows the link state (called at once with the current state); returns the unsubscribe function. */
  onLink(listener: (state: LinkState) => void): () => void;
}

/**
 * IPC channel names shared by the Electron main process and the preload. IPC only hands the page
 * a MessagePort to the backend process; the station API itself runs over that port.
 */
export const IPC = {
  /** page → main: "give me a link to the backend" (on every page load). */
  linkRequest: 'scanbay:link-request',
  /** main → page: a MessagePort to the backend, in the event's ports. */
  link: 'scanbay:link',
  /** main → page: the backend went away (`restarting`) or cannot come back (`closed`). */
  linkState: 'scanbay:link-state',
} as const;

/** Largest request payload accepted (serialized JSON bytes). */
export const MAX_REQUEST_BYTES = 1_000_000;
