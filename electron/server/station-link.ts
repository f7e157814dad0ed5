import { MAX_REQUEST_BYTES } from '../../shared/api/client';
import { fail } from '../../shared/api/errors';
import type { EventName, StationEvents } from '../../shared/api/events';
import type { ServerMessage } from '../../shared/api/link';
import type { Origin } from '../backend/dispatcher';
import { PushQueue } from '../backend/push-queue';
import type { UiLink } from '../backend/ui-link';
import type { Station } from '../backend/station';
import { clientMessage } from './ws-protocol';

/** One UI connection, whatever carries it: a browser-mode WebSocket or the desktop app's MessagePort. */
export interface LinkTransport {
  send(text: string): void;
  onMessage(handler: (data: unknown) => void): void;
  onClose(handler: () => void): void;
}

/** Largest client message read (a request of MAX_REQUEST_BYTES plus its envelope). */
export const MAX_MESSAGE_CHARS = MAX_REQUEST_BYTES * 2;

/**
 * Serves the station protocol (shared/api/link.ts) on one connection: every message validated,
 * requests answered in arrival order, pushes held until the UI says it is ready.
 */
export function serveLink(transport: LinkTransport, station: Station, origin: Origin): void {
  const reply = (message: ServerMessage) => transport.send(JSON.stringify(message));
  const queue = new PushQueue<{ name: EventName; payload: unknown }>((e) => reply({ t: 'evt', ...e }));
  // A UI that reconnects (a dropped WebSocket, a restarted desktop backend) may hold stale state:
  // every connection starts with who is signed in and how the devices are.
  queue.push({ name: 'session.changed', payload: { user: station.session.user } });
  for (const device of station.devices.list()) queue.push({ name: 'device.status', payload: device });
  const off = station.events.onAny(<E extends EventName>(name: E, payload: StationEvents[E]) => queue.push({ name, payload }));
  // This connection as its requests see it: pushes for this UI alone (a scan captured for its PIN field).
  const closeListeners = new Set<() => void>();
  const link: UiLink = {
    push: (name, payload) => queue.push({ name, payload }),
    onClose: (listener) => {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
  };
  let chain: Promise<void> = Promise.resolve();

  transport.onMessage((data) => {
    chain = chain.then(() => handle(data)).catch(() => undefined);
  });
  transport.onClose(() => {
    off();
    for (const listener of [...closeListeners]) listener();
  });

  async function handle(data: unknown): Promise<void> {
    const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : null;
    if (text === null) return reply({ t: 'res', id: null, result: fail('validation', 'message is not text') });
    if (text.length > MAX_MESSAGE_CHARS) return reply({ t: 'res', id: null, result: fail('payload_too_large', `message of ${text.length} characters exceeds the limit`) });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return reply({ t: 'res', id: null, result: fail('validation', 'message is not valid JSON') });
    }
    const msg = clientMessage.safeParse(parsed);
    if (!msg.success) {
      const id = typeof (parsed as { id?: unknown })?.id === 'number' ? (parsed as { id: number }).id : null;
      return reply({ t: 'res', id, result: fail('validation', 'malformed message') });
    }
    if (msg.data.t === 'ready') return queue.markReady();
    const result = await station.dispatch(msg.data.name, msg.data.input, { origin, link });
    reply({ t: 'res', id: msg.data.id, result });
  }
}
