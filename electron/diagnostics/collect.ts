import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { release } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Station } from '../backend/station';
import { runtimeNativeBinding } from '../backend/native-path';
import { SCANBAY_VERSION } from '../backend/version';
import { listCandidateDevices } from '../devices/listing/list-devices';
import { logDir } from '../logging/paths';
import { redactSecrets } from '../logging/redact';
import { databasePath } from '../storage/database';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../storage/migrator';

const requireHere = createRequire(import.meta.url);

/** One file of the bundle: a name inside the zip and its bytes, or a file on disk to copy. */
export type BundleEntry = { name: string; json: unknown } | { name: string; file: string };

/**
 * What a support case needs, gathered from a data dir: the logs, the options without secrets,
 * versions, the devices (configured and plugged in) and the database schema version. With no
 * station (it would not open), it takes what can still be read and says why the station did not open.
 */
export async function collectDiagnostics(dataDir: string, station: Station | null, openError: string | null): Promise<BundleEntry[]> {
  const entries: BundleEntry[] = [];
  const logs = logDir(dataDir);
  if (existsSync(logs)) {
    for (const name of readdirSync(logs).filter((n) => /^scanbay(\.\d+)?\.log$/.test(n)).sort()) entries.push({ name: `logs/${name}`, file: join(logs, name) });
  }
  entries.push({ name: 'options.json', json: redactSecrets(station ? station.options.publicValues() : readOptionsFile(dataDir)) });
  entries.push({ name: 'versions.json', json: await versions(dataDir, station) });
  const listing = await listCandidateDevices().catch((err: unknown) => ({ devices: [], warnings: [String(err)] }));
  entries.push({ name: 'devices.json', json: { configured: station?.devices.list() ?? null, connected: listing.devices, warnings: listing.warnings } });
  entries.push({
    name: 'summary.json',
    json: { generatedAt: new Date().toISOString(), dataDir, stationName: station?.options.get('general.stationName') ?? null, stationOpenError: openError },
  });
  return entries;
}

async function versions(dataDir: string, station: Station | null): Promise<Record<string, unknown>> {
  const db = station ? null : readDatabaseVersion(dataDir);
  return {
    scanbay: SCANBAY_VERSION,
    node: process.versions.node,
    electron: process.versions.electron ?? null,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    osRelease: release(),
    betterSqlite3: (JSON.parse(readFileSync(requireHere.resolve('better-sqlite3/package.json'), 'utf8')) as { version: string }).version,
    sqlite: station ? (station.database.sqlite?.prepare('select sqlite_version() as v').pluck().get() ?? null) : (db?.sqlite ?? null),
    schemaVersion: station ? await schemaVersion(station.database.db) : db?.schema ?? null,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
  };
}

/** The schema version of a database the station would not open (read-only, no migration). */
function readDatabaseVersion(dataDir: string): { schema: number; sqlite: string } | null {
  const file = databasePath(dataDir);
  if (!existsSync(file)) return null;
  try {
    const binding = runtimeNativeBinding();
    const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
    try {
      return { schema: sqlite.pragma('user_version', { simple: true }) as number, sqlite: sqlite.prepare('select sqlite_version()').pluck().get() as string };
    } finally {
      sqlite.close();
    }
  } catch {
    return null;
  }
}

function readOptionsFile(dataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, 'station-options.json'), 'utf8'));
  } catch (err) {
    return { unreadable: err instanceof Error ? err.message : String(err) };
  }
}
