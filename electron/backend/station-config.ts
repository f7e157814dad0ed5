import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseStoreUrl, type StoreLocation } from '../storage/store-url';

/**
 * The station's own configuration, kept in its data dir (never in the database it points at):
 * the stable station id and where the data is. `station.json`, mode 0600 (the database URL may
 * hold a password).
 */
export const STATION_CONFIG_FILE = 'station.json';

/** The environment variable that chooses the database for every command and the app. */
export const DATABASE_URL_ENV = 'SCANBAY_DATABASE_URL';

export const DEFAULT_POOL_SIZE = 10;

const configSchema = z.object({
  stationId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  database: z
    .object({
      /** `sqlite:PATH` or `postgres://…`; absent: the data dir's scanbay.db. */
      url: z.string().min(1).max(2000).optional(),
      poolSize: z.number().int().min(1).max(100).optional(),
    })
    .strict()
    .default({}),
});

export type StationConfig = z.infer<typeof configSchema>;

export class StationConfigError extends Error {}

function file(dataDir: string): string {
  return join(dataDir, STATION_CONFIG_FILE);
}

/** Reads the data dir's station config, creating it (with a new station id) on first use. */
export function loadStationConfig(dataDir: string): StationConfig {
  const path = file(dataDir);
  if (!existsSync(path)) {
    const fresh: StationConfig = { stationId: randomUUID(), database: {} };
    writeStationConfig(dataDir, fresh);
    return fresh;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new StationConfigError(`${path} is not valid JSON (${err instanceof Error ? err.message : String(err)}); fix or remove it`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ');
    throw new StationConfigError(`${path} is invalid: ${what}`);
  }
  return parsed.data;
}

/** Writes the config atomically (temp file + rename), readable by the owner only. */
export function writeStationConfig(dataDir: string, config: StationConfig): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = file(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

export interface StoreChoice {
  location: StoreLocation;
  poolSize: number;
  stationId: string;
  /** Which setting chose the database (for `scanbay db info` and diagnostics). */
  from: 'flag' | 'env' | 'config' | 'default';
}

/**
 * Where the station's data is: `--database URL` first, then $SCANBAY_DATABASE_URL, then the data
 * dir's station config, else the data dir's SQLite file.
 */
export function chooseStore(dataDir: string, flag?: string, env: NodeJS.ProcessEnv = process.env): StoreChoice {
  const config = loadStationConfig(dataDir);
  const envUrl = env[DATABASE_URL_ENV]?.trim();
  const [url, from] =
    flag !== undefined && flag.trim() !== ''
      ? [flag, 'flag' as const]
      : envUrl
        ? [envUrl, 'env' as const]
        : config.database.url
          ? [config.database.url, 'config' as const]
          : ['', 'default' as const];
  return {
    location: parseStoreUrl(url, dataDir),
    poolSize: config.database.poolSize ?? DEFAULT_POOL_SIZE,
    stationId: config.stationId,
    from,
  };
}
