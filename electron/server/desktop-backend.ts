import type { EventEmitter } from 'node:events';
import { ApiServerControl } from '../backend/api-server-control';
import { openStation, type Station } from '../backend/station';
import { SCANBAY_VERSION } from '../backend/version';
import { logCrashes } from '../logging/crash';
import { createLogger } from '../logging/logger';
import { toBackend, type FromBackend } from './desktop-protocol';
import { serveLink } from './station-link';

/** Electron's MessagePortMain, as far as the backend uses it (typed here: the backend does not import electron). */
interface PortMain extends EventEmitter {
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

/** `process.parentPort` of an Electron utility process. */
interface ParentPort extends EventEmitter {
  postMessage(message: unknown): void;
}

export function parentPortOf(proc: NodeJS.Process = process): ParentPort | null {
  return (proc as NodeJS.Process & { parentPort?: ParentPort }).parentPort ?? null;
}

/**
 * The desktop app's station backend (`scanbay serve --desktop`, run by the Electron main process as
 * a utility process): the station, its devices and the optional REST API live here, away from the
 * windows. Each window's page is served the browser mode's station protocol over a MessagePort.
 * Resolves when the main process asked it to stop and the station is closed.
 */
export async function runDesktopBackend(parent: ParentPort, dataDir: string): Promise<void> {
  const logger = createLogger({ proc: 'backend', dataDir });
  logCrashes(logger);
  const post = (message: FromBackend) => parent.postMessage(message);
  logger.info({ version: SCANBAY_VERSION, dataDir, electron: process.versions.electron ?? null }, 'station backend starting');

  let station: Station;
  try {
    // Saved PDFs go to the main process, which owns windows and so the print dialog.
    const pdfPrint = { print: (file: string) => post({ t: 'print', file }) };
    station = await openStation({ dataDir, shell: 'electron', watchOptions: true, startDevices: true, deliverWebhooks: true, reserveWal: true, logger, pdfPrint });
  } catch (err) {
    logger.error({ err, dataDir }, 'the station cannot open');
    post({ t: 'failed', message: err instanceof Error ? err.message : String(err) });
    process.exitCode = 1;
    return;
  }
  const api = new ApiServerControl(station);
  void api.apply(station.options.values());
  station.options.onChange((keys, values) => {
    if (keys.some((k) => k.startsWith('api.'))) void api.apply(values);
  });

  await new Promise<void>((resolve) => {
    parent.on('message', (event: { data: unknown; ports?: PortMain[] }) => {
      const msg = toBackend.safeParse(event.data);
      if (!msg.success) return logger.warn({ data: event.data }, 'unknown message from the main process ignored');
      if (msg.data.t === 'stop') return resolve();
      const port = event.ports?.[0];
      if (port) servePort(port, station);
    });
    post({ t: 'ready', version: SCANBAY_VERSION, logFile: logger.file ?? null });
    logger.info('station backend ready');
  });

  logger.info('station backend stopping');
  await api.stop();
  await station.close();
  logger.info('station backend stopped');
}

function servePort(port: PortMain, station: Station): void {
  serveLink(
    {
      send: (text) => port.postMessage(text),
      onMessage: (handler) => port.on('message', (e: { data: unknown }) => handler(e.data)),
      onClose: (handler) => port.on('close', handler),
    },
    station,
    'ipc',
  );
  port.start();
}
