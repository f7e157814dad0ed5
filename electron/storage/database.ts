import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { startCheckpointer, walBytesAtCap, type Checkpointer } from './checkpointer';
import { reserveWal, type WalReserve } from './wal-reserve';
import { ScanBaySqliteDialect } from './sqlite-driver';
import { ScanBayPostgresDialect, createPostgresPool } from './postgres-driver';
import { migrate } from './migrator';
import { DATABASE_FILE_NAME, scrubSecret, type StoreLocation } from './store-url';
import type { DB } from './schema';

export { DATABASE_FILE_NAME };

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export interface OpenDatabaseOptions {
  /** A SQLite file (`:memory:` for a throw-away database); or give `location`. */
  file?: string;
  /** Where the data is: SQLite or PostgreSQL (see store-url.ts). */
  location?: StoreLocation;
  /** The station's stable id, written into every ledger event (null: not a station, e.g. a copy tool). */
  stationId?: string | null;
  /** PostgreSQL: connections kept open at most. */
  poolSize?: number;
  /** Path of a better-sqlite3 binary built for another ABI (the Electron app passes Electron's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Apply pending migrations (default: true unless read-only). A newer schema is always refused. */
  migrate?: boolean;
  /** SQLite file: WAL checkpoints on a worker thread, off the scan path (a running station; see checkpointer.ts). */
  backgroundCheckpoints?: boolean;
  /** SQLite file with background checkpoints: write the WAL file out to its working size at open (wal-reserve.ts; long-running stations). */
  reserveWal?: boolean;
  /** PostgreSQL: a connection broke outside a query (the next query reconnects). */
  onConnectionError?: (message: string) => void;
}

export interface Database {
  db: Kysely<DB>;
  dialect: 'sqlite' | 'postgres';
  location: StoreLocation;
  /** SQLite only: the better-sqlite3 handle (pragmas, fast streaming reads); null on PostgreSQL. */
  sqlite: BetterSqlite3.Database | null;
  /** SQLite with `backgroundCheckpoints`: the checkpoint worker. */
  checkpoints?: Checkpointer | null;
  /** SQLite with `reserveWal`: what the WAL reserve did at open. */
  walReserve?: WalReserve | null;
  close(): Promise<void>;
}

/**
 * SQLite-specific connection settings, kept here and nowhere else:
 * - WAL: readers never block the writer, and a second process can read while this one writes.
 * - synchronous=FULL: each commit syncs the WAL, so a scan reported as accepted survives power loss
 *   (NORMAL in WAL mode may lose the last commits on power failure, though not on a process crash).
 * - foreign_keys=ON: SQLite leaves them off per connection unless asked.
 * - busy_timeout=5000: wait for another process's write lock instead of failing at once.
 * - temp_store=MEMORY: a savepoint's journal stays in memory. Each member of a commit group runs
 *   under a savepoint; past 64 KiB (about one scan's pages) SQLite moved that journal to a
 *   temporary file, and every group paid for creating, writing, unlinking and closing it (~6% of
 *   four REST clients' throughput). Temporary tables, indexes and sorts stay in memory too: the
 *   hot queries use indexes (query-plans.test.ts), and exporting 1 M serials peaks at the same RSS.
 */
function applyPragmas(sqlite: BetterSqlite3.Database, readonly: boolean): void {
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
}

function locationOf(opts: OpenDatabaseOptions): StoreLocation {
  if (opts.location) return opts.location;
  if (opts.file === undefined) throw new Error('openDatabase needs a file or a location');
  return { kind: 'sqlite', file: opts.file, display: `sqlite:${opts.file}` };
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const location = locationOf(opts);
  return location.kind === 'postgres' ? openPostgres(location, opts) : openSqlite(location, opts);
}

async function openSqlite(location: StoreLocation & { kind: 'sqlite' }, opts: OpenDatabaseOptions): Promise<Database> {
  const readonly = opts.readonly ?? false;
  const options: BetterSqlite3.Options = { readonly, fileMustExist: readonly };
  if (opts.nativeBinding !== undefined) options.nativeBinding = opts.nativeBinding;
  const sqlite = new BetterSqlite3(location.file, options);
  let db: Kysely<DB> | undefined;
  try {
    applyPragmas(sqlite, readonly);
    db = new Kysely<DB>({ dialect: new ScanBaySqliteDialect(sqlite, opts.stationId ?? null) });
    await migrate(db, { apply: opts.migrate ?? !readonly });
  } catch (err) {
    if (db) await db.destroy();
    else sqlite.close();
    throw err;
  }
  const handle = db;
  const background = opts.backgroundCheckpoints && !readonly && !sqlite.memory;
  const walReserve = background && opts.reserveWal ? reserveWal(sqlite, walBytesAtCap(sqlite.pragma('page_size', { simple: true }) as number)) : null;
  const checkpoints = background ? startCheckpointer(sqlite, { nativeBinding: opts.nativeBinding }) : null;
  const close = async () => {
    // The worker first: the station's connection, closing last, checkpoints and removes the WAL.
    await checkpoints?.stop();
    await handle.destroy();
  };
  return { db: handle, dialect: 'sqlite', location, sqlite, checkpoints, walReserve, close };
}

async function openPostgres(location: StoreLocation & { kind: 'postgres' }, opts: OpenDatabaseOptions): Promise<Database> {
  const pool = createPostgresPool({
    url: location.url,
    ...(opts.poolSize === undefined ? {} : { poolSize: opts.poolSize }),
    applicationName: applicationName(opts.stationId ?? null),
    onError: (err) => opts.onConnectionError?.(scrubSecret(err.message, location)),
  });
  const db = new Kysely<DB>({ dialect: new ScanBayPostgresDialect(pool, opts.stationId ?? null) });
  try {
    await migrate(db, { apply: opts.migrate ?? !(opts.readonly ?? false) });
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw scrubError(err, location);
  }
  return { db, dialect: 'postgres', location, sqlite: null, close: () => db.destroy() };
}

/**
 * How this process shows in pg_stat_activity and in change notifications: the station and the
 * process (a CLI command and `scanbay serve` of one data dir are different writers).
 */
export function applicationName(stationId: string | null): string {
  return stationId ? `scanbay ${stationId} ${process.pid}` : `scanbay - ${process.pid}`;
}

/** Driver errors may carry the connection string: never let the password travel further. */
export function scrubError(err: unknown, location: StoreLocation): unknown {
  if (location.kind !== 'postgres' || !(err instanceof Error)) return err;
  err.message = scrubSecret(err.message, location);
  if (err.stack) err.stack = scrubSecret(err.stack, location);
  return err;
}

/** Opens (creating the directory and the schema when needed) the SQLite database of a station data dir. */
export async function openDataDirDatabase(
  dataDir: string,
  opts: Omit<OpenDatabaseOptions, 'file' | 'location'> = {},
): Promise<Database> {
  if (!opts.readonly) mkdirSync(dataDir, { recursive: true });
  return openDatabase({ ...opts, file: databasePath(dataDir) });
}
