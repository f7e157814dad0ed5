// A station as an ERP sees it: `scanbay serve` in its own process on a data dir, an API key made by
// the CLI, and a REST client in this process. Shared by the REST benchmarks.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { CLI, startServe } from '../helpers/cli';

export interface RestStation {
  url: string;
  child: ChildProcess;
  /** POSTs one JSON body under /api/v1 and returns the envelope's `data` (throws on a non-2xx answer). */
  post<T>(path: string, body: unknown): Promise<T>;
  stop(): Promise<void>;
}

export function createApiKey(dataDir: string, name = 'bench'): { token: string; channel_key: string } {
  const r = spawnSync(process.execPath, [CLI, 'api-key', 'create', '--name', name, '--data-dir', dataDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`api-key create failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { token: string; channel_key: string };
}

/** Starts `scanbay serve` on the data dir (which must hold the key's station). */
export async function restStation(dataDir: string, key: { token: string; channel_key: string }): Promise<RestStation> {
  const { child, url } = await startServe(['--port', '0', '--data-dir', dataDir]);
  const headers = { 'content-type': 'application/json', 'x-access-token': key.token, 'x-channel-key': key.channel_key };
  return {
    url,
    child,
    async post<T>(path: string, body: unknown): Promise<T> {
      const res = await fetch(new URL(`/api/v1${path}`, url), { method: 'POST', headers, body: JSON.stringify(body) });
      const text = await res.text();
      if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${text.slice(0, 300)}`);
      return (JSON.parse(text) as { data: T }).data;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** One receiving scan through REST; throws unless it is accepted. */
export async function restReceive(station: RestStation, po: string, code: string, sku: string): Promise<void> {
  const data = await station.post<{ verdict: string; message?: string }>(`/purchase-orders/${encodeURIComponent(po)}/scans`, { code, sku });
  if (data.verdict !== 'accepted') throw new Error(`${po} ${code}: ${data.verdict} ${data.message ?? ''}`);
}
