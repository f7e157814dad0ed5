// A station as an ERP sees it: `scanbay serve` in its own process on a data dir, an API key made by
// the CLI, and a REST client in this process. Shared by the REST benchmarks.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { Client } from 'undici';
import { CLI, startServe } from '../helpers/cli';

/** How long `scanbay serve` may take to start: generous, a bench may run on a loaded machine. */
export const SERVE_START_MS = 120_000;

/** One ERP worker: a keep-alive connection, one request at a time. */
export interface RestClient {
  /** POSTs one JSON body under /api/v1 and returns the envelope's `data` (throws on a non-2xx answer). */
  post<T>(path: string, body: unknown): Promise<T>;
}

export interface RestStation extends RestClient {
  url: string;
  child: ChildProcess;
  headers: Record<string, string>;
  /** Another client on its own connection (the station's `post` has one of its own). */
  connect(): RestClient;
  stop(): Promise<void>;
}

export function createApiKey(dataDir: string, name = 'bench'): { token: string; channel_key: string } {
  const r = spawnSync(process.execPath, [CLI, 'api-key', 'create', '--name', name, '--data-dir', dataDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`api-key create failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { token: string; channel_key: string };
}

/** Starts `scanbay serve` on the data dir (which must hold the key's station). */
export async function restStation(dataDir: string, key: { token: string; channel_key: string }): Promise<RestStation> {
  const { child, url } = await startServe(['--port', '0', '--data-dir', dataDir], SERVE_START_MS);
  const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
  // An ERP integration keeps its connection open and sends the next scan when the verdict is in.
  // undici's Client does that with little work of its own; the global fetch, on the same undici,
  // adds ~0.4 ms per request in this process (WHATWG streams), which is the client's cost, not
  // the station's.
  const clients: Client[] = [];
  const connect = (): RestClient => {
    const client = new Client(new URL(url).origin);
    clients.push(client);
    return {
      async post<T>(path: string, body: unknown): Promise<T> {
        const res = await client.request({ path: `/api/v1${path}`, method: 'POST', headers, body: JSON.stringify(body) });
        const text = await res.body.text();
        if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`POST ${path} answered ${res.statusCode}: ${text.slice(0, 300)}`);
        return (JSON.parse(text) as { data: T }).data;
      },
    };
  };
  const own = connect();
  return {
    url,
    child,
    headers,
    post: (path, body) => own.post(path, body),
    connect,
    async stop() {
      await Promise.all(clients.map((c) => c.close()));
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/** One receiving scan through REST; throws unless it is accepted. */
export async function restReceive(station: RestClient, po: string, code: string, sku: string): Promise<void> {
  const data = await station.post<{ verdict: string; message?: string }>(`/purchase-orders/${encodeURIComponent(po)}/scans`, { code, sku });
  if (data.verdict !== 'accepted') throw new Error(`${po} ${code}: ${data.verdict} ${data.message ?? ''}`);
}

/**
 * A client sending every request on ONE connection, pipelined (HTTP/1.1): a request goes out as
 * soon as it is made, without waiting for earlier answers, and requests reach the station in the
 * order they were sent — so when they overlap, the ledger order tests the station, not the race
 * between connections.
 */
export function pipelinedClient(station: RestStation, depth = 10_000): { post<T>(path: string, body: unknown): Promise<T>; close(): Promise<void> } {
  const client = new Client(new URL(station.url).origin, { pipelining: depth });
  return {
    async post<T>(path: string, body: unknown): Promise<T> {
      // idempotent: undici holds a POST back until earlier requests are answered unless told so.
      const res = await client.request({ path: `/api/v1${path}`, method: 'POST', headers: station.headers, body: JSON.stringify(body), idempotent: true });
      const text = await res.body.text();
      if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`POST ${path} answered ${res.statusCode}: ${text.slice(0, 300)}`);
      return (JSON.parse(text) as { data: T }).data;
    },
    close: () => client.close(),
  };
}
