import type { FastifyReply } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Station } from '../backend/station';
import { errorBody } from '../rest/envelope';
import { MAX_URL_SEGMENT, registerRest, type RestOptions } from '../rest/plugin';
import { newSecret } from '../crypto/secrets';
import { registerExportDownloads } from './export-downloads';
import { registerDiagnosticsDownloads } from './diagnostics-downloads';
import { registerUi } from './ui-routes';
import { attachWsBridge } from './ws-bridge';
import { logServerErrors } from './server-log';

/** Request bodies above this are refused with 413 before they are read (commission: 10,000 serials ≈ 0.3 MB). */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface StartServerOptions {
  station: Station;
  host: string;
  port: number;
  /** Directory of the built renderer; null serves the REST API only (the desktop app's API server). */
  uiDir: string | null;
  rest: RestOptions | null;
}

export interface RunningServer {
  /** Opens the UI, including the per-run key (browser mode); the bare origin otherwise. */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: StartServerOptions): Promise<RunningServer> {
  // Loaded here, not at start-up: CLI commands that serve nothing skip it.
  const { default: Fastify } = await import('fastify');
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    forceCloseConnections: true,
    routerOptions: { maxParamLength: MAX_URL_SEGMENT },
    // Malformed URLs and oversize path values are answered in the API's envelope too.
    frameworkErrors: (err, _req, reply) => {
      const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      const body = errorBody('ValidationError', status === 414 ? 'a value in the URL is too long' : `bad request: ${err.message}`);
      void (reply as FastifyReply).code(status).send(body);
    },
  });
  logServerErrors(app, opts.station.logger);
  const secret = newSecret();
  let origins: string[] = [];
  const bridge = opts.uiDir ? attachWsBridge(app.server, { station: opts.station, secret, allowedOrigins: () => origins }) : null;
  if (opts.rest) await registerRest(app, opts.rest);
  if (opts.uiDir) registerExportDownloads(app, { station: opts.station, secret });
  if (opts.uiDir) registerDiagnosticsDownloads(app, { station: opts.station, secret });
  if (opts.uiDir) await registerUi(app, opts.uiDir);

  await app.listen({ host: opts.host, port: opts.port });
  const { port } = app.server.address() as AddressInfo;
  const host = urlHost(opts.host);
  const origin = `http://${host}:${port}`;
  origins = allowedOrigins(opts.host, port, origin);
  return {
    url: opts.uiDir ? `${origin}/#key=${secret}` : origin,
    origin,
    port,
    async close() {
      bridge?.close();
      await app.close();
    },
  };
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** The UI may be opened as 127.0.0.1, localhost or [::1] on a loopback server. */
function allowedOrigins(bound: string, port: number, origin: string): string[] {
  const loopback = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(bound);
  return loopback
    ? [origin, `http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]
    : [origin];
}
