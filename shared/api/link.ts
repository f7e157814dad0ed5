import type { LinkState, StationClient } from './client';
import type { RequestName } from './contract';
import type { Result } from './errors';
import type { EventName } from './events';

/**
 * The station protocol: JSON text messages between a UI and the station backend, the same over
 * the browser-mode WebSocket and the desktop app's MessagePort. The server validates every
 * client message (electron/server/ws-protocol.ts).
 */
export type ClientMessage = { t: 'req'; id: number; name: RequestName; input: unknown } | { t: 'ready' };
export type ServerMessage = { t: 'res'; id: number | null; result: Result<unknown> } | { t: 'evt'; name: EventName; payload: unknown };

export const LINK_LOST = 'connection to the station was lost; scan again';

export interface LinkClient {
  readonly client: StationClient;
  /** A transport is up: queued requests go out in order, and `ready` again if the UI said so. */
  attach(send: (text: string) => void): void;
  /** A message from the station. */
  receive(text: string): void;
  /** The transport is gone: requests in flight fail with `unavailable`; new ones wait for the next attach. */
  detach(state: Exclude<LinkState, 'open'>): void;
}

type Listener = (payload: unknown) => void;

/**
 * The transport-independent half of a station client. A request sent before it went down may or
 * may not have been applied, so it fails and is never silently re-sent; a request made while no
 * transport is attached waits and goes out once one is.
 */
export function createLinkClient(initial: Exclude<LinkState, 'open'> = 'connecting'): LinkClient {
  let send: ((text: string) => void) | null = null;
  let state: LinkState = initial;
  let nextId = 1;
  let ready = false;
  const outbox: { text: string; id?: number }[] = [];
  const pending = new Map<number, { resolve: (r: Result<unknown>) => void; sent: boolean }>();
  const listeners = new Map<EventName, Set<Listener>>();
  const linkListeners = new Set<(s: LinkState) => void>();

  const setState = (next: LinkState) => {
    state = next;
    linkListeners.forEach((l) => l(next));
  };
  const transmit = (to: (text: string) => void, text: string, id?: number) => {
    to(text);
    const entry = id === undefined ? undefined : pending.get(id);
    if (entry) entry.sent = true;
  };

  const client: StationClient = {
    request(name, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { resolve: resolve as (r: Result<unknown>) => void, sent: false });
        const text = JSON.stringify({ t: 'req', id, name, input } satisfies ClientMessage);
        if (send) transmit(send, text, id);
        else outbox.push({ text, id });
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
    ready() {
      ready = true;
      if (send) send(JSON.stringify({ t: 'ready' } satisfies ClientMessage));
    },
    onLink(listener) {
      linkListeners.add(listener);
      listener(state);
      return () => {
        linkListeners.delete(listener);
      };
    },
  };

  return {
    client,
    attach(transport) {
      send = transport;
      if (ready) transport(JSON.stringify({ t: 'ready' } satisfies ClientMessage));
      for (const queued of outbox.splice(0)) transmit(transport, queued.text, queued.id);
      setState('open');
    },
    receive(text) {
      let msg: ServerMessage;
      try {
        msg = JSON.parse(text) as ServerMessage;
      } catch {
        return;
      }
      if (msg.t === 'evt') listeners.get(msg.name)?.forEach((l) => l(msg.payload));
      else if (msg.t === 'res' && msg.id !== null) {
        pending.get(msg.id)?.resolve(msg.result);
        pending.delete(msg.id);
      }
    },
    detach(next) {
      send = null;
      for (const [id, entry] of pending) {
        if (!entry.sent) continue;
        entry.resolve({ ok: false, error: { code: 'unavailable', message: LINK_LOST } });
        pending.delete(id);
      }
      setState(next);
    },
  };
}
