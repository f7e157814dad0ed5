import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { lazyModule } from '../lazy-module';
import type { Station } from '../backend/station';
import { sameSecret } from '../crypto/secrets';
import { MAX_MESSAGE_CHARS, serveLink } from './station-link';

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
const ws = lazyModule<typeof import('ws')>('ws');

export function attachWsBridge(server: Server, opts: WsBridgeOptions): { close(): void } {
  const wss = new (ws().WebSocketServer)({ noServer: true, maxPayload: MAX_MESSAGE_CHARS });

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
  serveLink(
    {
      send: (text) => {
        if (ws.readyState === ws.OPEN) ws.send(text);
      },
      onMessage: (handler) => ws.on('message', (data: RawData) => handler(Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer))),
      onClose: (handler) => ws.on('close', handler),
    },
    station,
    'ws',
  );
  ws.on('error', () => ws.terminate());
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
