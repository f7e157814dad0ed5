import type { StationClient } from '../../../shared/api/client';
import type { RequestName } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import type { EventName } from '../../../shared/api/events';

type Listener = (payload: unknown) => void;
type ServerMessage =
  | { t: 'res'; id: number | null; result: Result<unknown> }
  | { t: 'evt'; name: EventName; payload: unknown };

export type ConnectionState = 'connecting' | 'open' | 'closed';

/**
 * The station API over the browser-mode WebSocket. Requests sent while the socket is down wait
 * and go out in order once it is back; a request in flight when the connection drops fails with
 * `unavailable` (it may or may not have been applied, so it is never silently re-sent).
 */
export function createWsClient(url: string, onState: (s: ConnectionState) => void = () => {}): StationClient {
  let ws: WebSocket | null = null;
  let nextId = 1;
  let ready = false;
  let retry = 0;
  const outbox: string[] = [];
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<Listener>>();

  const connect = (): void => {
    onState('connecting');
    const socket = new WebSocket(url);
    ws = socket;
    socket.onopen = () => {
      retry = 0;
      onState('open');
      if (ready) socket.send(JSON.stringify({ t: 'ready' }));
      while (outbox.length > 0) socket.send(outbox.shift() as string);
    };
    socket.onmessage = (ev: MessageEvent<string>) => {
      const msg = JSON.parse(ev.data) as ServerMessage;
      if (msg.t === 'evt') listeners.get(msg.name)?.forEach((l) => l(msg.payload));
      else if (msg.id !== null) {
        pending.get(msg.id)?.(msg.result);
        pending.delete(msg.id);
      }
    };
    socket.onclose = () => {
      onState('closed');
      for (const [id, resolve] of pending) {
        resolve({ ok: false, error: { code: 'unavailable', message: 'connection to the station was lost; scan again' } });
        pending.delete(id);
      }
      setTimeout(connect, Math.min(2000, 100 * 2 ** retry++));
    };
  };

  const send = (text: string): void => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(text);
    else outbox.push(text);
  };

  connect();
  return {
    request(name, input) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: Result<unknown>) => void);
        send(JSON.stringify({ t: 'req', id, name: name as RequestName, input }));
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    ready() {
      ready = true;
      send(JSON.stringify({ t: 'ready' }));
    },
  };
}
