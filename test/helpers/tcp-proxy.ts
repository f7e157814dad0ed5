import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy to a real server that a test can cut and restore: `down()` drops every
 * connection and resets new ones (as a database server that went away), `up()` serves again on
 * the same port.
 *
 * The port stays bound while down: closing the listener would free it, and another test running
 * meanwhile could be given it (as a listener or as a connection's local port), so `up()` would fail
 * with EADDRINUSE once in a while.
 */
export interface TcpProxy {
  port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function tcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let serving = true;
  const server: Server = createServer((client) => {
    if (!serving) {
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const dropAll = () => {
    for (const sock of sockets) sock.destroy();
    sockets.clear();
  };
  return {
    port,
    down: async () => {
      serving = false;
      dropAll();
    },
    up: async () => {
      serving = true;
    },
    close: async () => {
      serving = false;
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
