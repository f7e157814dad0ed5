import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { fail } from '../../shared/api/errors';
import { MAX_REQUEST_BYTES } from '../../shared/api/client';
import type { EventName, StationEvents } from '../../shared/api/events';
import type { Station } from '../backend/station';
import { PushQueue } from '../backend/push-queue';
import { sameSecret } from '../crypto/secrets';
import { clientMessage } from './ws-protocol';

export interface WsBridgeOptions {
  station: Station;
  /** The per-run secret the UI got in its URL. */
  secret: string;
  /** Exact origins allowed to connect (the server's own). */
  allowedOrigins: () => string[];
}

/**
 * The station API over a WebSocket at /ws for browser mode. Only the UI served by this process
 * may connect: the Origin must be ours (no cross-origin page on this machine can talk to the
 * station) and the per-run secret must match. Requests on one connection run in arrival order.
 */
export function attachWsBridge(server: Server, opts: WsBridgeOptions): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_REQUEST_BYTES * 2 });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ws') return refuse(socket, 404, 'Not Found');
    const origin = req.headers.origin ?? '';
    if (!opts.allowedOrigins().includes(origin)) return refuse(socket, 403, 'Forbidden origin');
    if (!sameSecret(url.searchParams.get('key') ?? '', opts.secret)) return refuse(socket, 401, 'Bad key');
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, opts.station));
  };
  server.on('upgrade', onUpgrade);

  return {
    close() {
      server.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function serve(ws: WebSocket, station: Station): void {
  const queue = new PushQueue<{ name: EventName; payload: unknown }>((e) => send(ws, { t: 'evt', ...e }));
  const off = station.events.onAny(<E extends EventName>(name: E, payload: StationEvents[E]) => queue.push({ name, payload }));
  let chain: Promise<void> = Promise.resolve();

  ws.on('message', (data: RawData) => {
    chain = chain.then(() => handle(ws, station, queue, data)).catch(() => undefined);
  });
  ws.on('close', off);
  ws.on('error', () => ws.terminate());
}

async function handle(ws: WebSocket, station: Station, queue: { markReady(): void }, data: RawData): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString());
  } catch {
    return send(ws, { t: 'res', id: null, result: fail('validation', 'message is not valid JSON') });
  }
  const msg = clientMessage.safeParse(parsed);
  if (!msg.success) {
    const id = typeof (parsed as { id?: unknown })?.id === 'number' ? (parsed as { id: number }).id : null;
    return send(ws, { t: 'res', id, result: fail('validation', 'malformed message') });
  }
  if (msg.data.t === 'ready') return queue.markReady();
  const result = await station.dispatch(msg.data.name, msg.data.input, { origin: 'ws' });
  send(ws, { t: 'res', id: msg.data.id, result });
}

function send(ws: WebSocket, message: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
