import { InvalidArgumentError, Option, type Command } from 'commander';
import { rendererDir } from '../../backend/app-root';
import type { Station } from '../../backend/station';
import { seedDemo } from '../../demo/seed';
import { restOptionsFor } from '../../rest/rest-options';
import { startServer } from '../../server/http-server';
import { scopeOf, withStorage } from '../data-dir-option';
import { openCliStation } from '../station-scope';
import { CliError } from '../errors';
import { createLogger } from '../../logging/logger';
import { logCrashes } from '../../logging/crash';
import { SCANBAY_VERSION } from '../../backend/version';
import { parentPortOf, runDesktopBackend } from '../../server/desktop-backend';

export const DEFAULT_PORT = 7420;

/** `--demo`: a small realistic station on an empty data dir, with the simulated scale. */
async function loadDemo(station: Station): Promise<void> {
  const result = await seedDemo(station.database.db);
  station.logger.info({ seeded: result.seeded }, 'scanbay serve --demo');
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
      .option('--demo', 'seed demo data into an empty data dir and use simulated devices')
      // The desktop app runs its backend through this same entry, as an Electron utility process.
      .addOption(new Option('--desktop', 'serve the desktop app over its parent port').hideHelp()),
  ).action(async (opts: { host: string; port: number; demo?: boolean; desktop?: boolean; dataDir?: string; database?: string }) => {
    const scope = scopeOf(opts);
    const dataDir = scope.dataDir;
    if (opts.desktop) {
      const parent = parentPortOf();
      if (!parent) throw new CliError('--desktop runs only as the station backend of the ScanBay desktop app');
      await runDesktopBackend(parent, dataDir);
      // The parent port keeps the event loop alive; the station is closed and the log written.
      process.exit(process.exitCode ?? 0);
    }
    const logger = createLogger({ proc: 'serve', dataDir });
    logCrashes(logger);
    logger.info({ version: SCANBAY_VERSION, dataDir, host: opts.host, port: opts.port, node: process.version }, 'scanbay serve starting');
    let station: Station;
    try {
      station = await openCliStation(scope, { shell: 'browser', watchOptions: true, startDevices: true, deliverWebhooks: true, reserveWal: true, logger });
    } catch (err) {
      logger.error({ err, dataDir, echo: false }, 'the station cannot open');
      throw err;
    }
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
      logger.error({ err, host: opts.host, port: opts.port, echo: false }, 'scanbay serve cannot listen');
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${opts.port} on ${opts.host} is already in use`);
      if (code === 'EADDRNOTAVAIL') throw new CliError(`cannot bind ${opts.host}: no such address on this machine`);
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
    process.stdout.write(`ScanBay listening on ${server.url}\n`);
    // The origin only: the printed URL carries the per-run key.
    logger.info({ origin: server.origin }, `scanbay serve listening on ${server.origin}`);
    const running = server;
    await new Promise<void>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        logger.info({ signal }, 'scanbay serve stopping');
        void running
          .close()
          .then(() => station.close())
          .then(
            () => logger.info('scanbay serve stopped'),
            (err: unknown) => logger.error({ err }, 'scanbay serve did not close cleanly'),
          )
          .finally(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
}
