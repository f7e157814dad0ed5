import type { LinkOnlyEvent, StationEvents } from '../../shared/api/events';

/**
 * One station UI connection (a browser-mode WebSocket or the desktop app's MessagePort), as its
 * requests see it in `RequestContext.link`: what is pushed here reaches that UI only.
 */
export interface UiLink {
  push<E extends LinkOnlyEvent>(event: E, payload: StationEvents[E]): void;
  /** Called once when the connection closes; returns the unsubscribe function. */
  onClose(listener: () => void): () => void;
}
