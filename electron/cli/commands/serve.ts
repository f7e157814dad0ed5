import { InvalidArgumentError, type Command } from 'commander';
import { rendererDir } from '../../backend/app-root';
import type { Station } from '../../backend/station';
import { seedDemo } from '../../demo/seed';
import { restOptionsFor } from '../../rest/rest-options';
import { startServer } from '../../server/http-server';
import { scopeOf, withStorage } from '../data-dir-option';
import { openCliStation } from '../station-scope';
import { CliError } from '../errors';

export const DEFAULT_PORT = 7420;

/** `--demo`: a small realistic station on an empty data dir, with the simulated scale. */
async function loadDemo(station: Station): Promise<void> {
  const result = await seedDemo(station.database.db);
  if (!result.seeded) {
    process.stderr.write('scanbay: --demo: the data dir already holds data; nothing seeded\n');
    return;
  }
  if (station.options.get('devices.scale.protocol') === 'none') await station.options.set({ 'devices.scale.protocol': 'simulator' });
  process.stderr.write(
    `scanbay: demo data loaded: ${result.products} products, ${result.purchaseOrders} POs, ${result.orders} orders, ${result.users} users (PINs: ana 1234, ben 2468, sam 9999 supervisor)\n`,
  );
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0–65535)`);
  return port;
}

/** `scanbay serve`: browser mode — the UI, the station API over WebSocket and the REST API. */
export function register(program: Command): void {
  withStorage(
    program
      .command('serve')
      .description('serve the station UI (browser mode), its WebSocket API and the REST API on loopback')
      .option('--host <host>', 'address to bind', '127.0.0.1')
      .option('--port <n>', `port (0 picks a free one; default ${DEFAULT_PORT})`, parsePort, DEFAULT_PORT)
      .option('--demo', 'seed demo data into an empty data dir and use simulated devices'),
  ).action(async (opts: { host: string; port: number; demo?: boolean; dataDir?: string; database?: string }) => {
    const station = await openCliStation(scopeOf(opts), { shell: 'browser', watchOptions: true, startDevices: true });
    if (opts.demo) await loadDemo(station);
    let server;
    try {
      server = await startServer({
        station,
        host: opts.host,
        port: opts.port,
        uiDir: rendererDir(),
        rest: restOptionsFor(station),
      });
    } catch (err) {
      await station.close();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${opts.port} on ${opts.host} is already in use`);
      if (code === 'EADDRNOTAVAIL') throw new CliError(`cannot bind ${opts.host}: no such address on this machine`);
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
    process.stdout.write(`ScanBay listening on ${server.url}\n`);
    const running = server;
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void running
          .close()
          .then(() => station.close())
          .finally(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
}
