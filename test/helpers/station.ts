import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStation, type Station } from '../../electron/backend/station';
import { restOptionsFor } from '../../electron/rest/rest-options';
import { startServer, type RunningServer } from '../../electron/server/http-server';
import { createTestDatabase, testOnPostgres } from './postgres';

export interface TempStation {
  station: Station;
  dataDir: string;
  /** `--database` of the station: a fresh PostgreSQL database in the PostgreSQL test project. */
  database: string | undefined;
  /** Closes the station and opens it again on the same data dir, as after a restart. */
  reopen(): Promise<Station>;
  dispose(): Promise<void>;
}

/**
 * A real station in a fresh temp data dir: options file, and a SQLite file with WAL — or, in the
 * PostgreSQL test project, its own PostgreSQL database (dropped by `dispose`).
 */
export async function tempStation(): Promise<TempStation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-test-'));
  const pg = testOnPostgres() ? await createTestDatabase() : undefined;
  const open = () => openStation({ dataDir, shell: 'browser', log: () => {}, ...(pg ? { database: pg.url } : {}) });
  const temp: TempStation = {
    station: await open(),
    dataDir,
    database: pg?.url,
    async reopen() {
      await temp.station.close();
      temp.station = await open();
      return temp.station;
    },
    async dispose() {
      await temp.station.close();
      rmSync(dataDir, { recursive: true, force: true });
      await pg?.drop();
    },
  };
  return temp;
}

export interface TempApi extends TempStation {
  server: RunningServer;
  base: string;
  /** Headers of a freshly created API key (static token + its channel). */
  headers: Record<string, string>;
  credentials: { key: string; secret: string; token: string; channel_key: string };
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/** A station with its REST API on a real HTTP server on loopback, and one API key. */
export async function tempApi(): Promise<TempApi> {
  const temp = await tempStation();
  const rest = restOptionsFor(temp.station);
  const server = await startServer({ station: temp.station, host: '127.0.0.1', port: 0, uiDir: null, rest });
  const { apiAuthFor } = await import('../../electron/rest/rest-options');
  const credentials = await apiAuthFor(temp.station).createKey('test');
  const headers = { 'x-access-token': credentials.token, 'x-channel-key': credentials.channel_key };
  const base = `${server.origin}/api/v1`;
  return {
    ...temp,
    server,
    base,
    headers,
    credentials,
    async call(method, path, body, extra) {
      const res = await fetch(base + path, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(extra ?? headers) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async dispose() {
      await server.close();
      await temp.dispose();
    },
  };
}

/** A station API request from a test: the value, or an Error naming the request and the refusal. */
export async function request<T>(station: Station, name: string, input: unknown): Promise<T> {
  const r = await station.dispatch(name, input, { origin: 'test' });
  if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/** A request that must be refused: its error (throws when it succeeds). */
export async function refusal(station: Station, name: string, input: unknown) {
  const r = await station.dispatch(name, input, { origin: 'test' });
  if (r.ok) throw new Error(`${name} succeeded`);
  return r.error;
}

export interface SharedStations {
  stations: Station[];
  /** The PostgreSQL database they share. */
  url: string;
  dispose(): Promise<void>;
}

/**
 * `n` stations (each its own data dir, so its own station id) on one fresh PostgreSQL database, as
 * the docks and benches of one warehouse. PostgreSQL only (see test/helpers/postgres.ts).
 */
export async function stationsOnOneDatabase(n: number, names: string[] = []): Promise<SharedStations> {
  const pg = await createTestDatabase();
  const stations: Station[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < n; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'scanbay-test-'));
    dirs.push(dataDir);
    const station = await openStation({ dataDir, shell: 'browser', log: () => {}, database: pg.url });
    await station.options.set({ 'general.stationName': names[i] ?? `Station ${String.fromCharCode(65 + i)}` });
    stations.push(station);
  }
  return {
    stations,
    url: pg.url,
    async dispose() {
      for (const s of stations) await s.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      await pg.drop();
    },
  };
}
