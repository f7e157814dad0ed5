import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { ScanBaySqliteDialect } from './sqlite-driver';
import { migrate } from './migrator';
import type { DB } from './schema';

/** The station database file inside a data dir. */
export const DATABASE_FILE_NAME = 'scanbay.db';

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

export interface OpenDatabaseOptions {
  file: string;
  /** Path of a better-sqlite3 binary built for another ABI (the Electron app passes Electron's). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Apply pending migrations (default: true unless read-only). A newer schema is always refused. */
  migrate?: boolean;
}

export interface Database {
  db: Kysely<DB>;
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

/**
 * SQLite-specific connection settings, kept here and nowhere else:
 * - WAL: readers never block the writer, and a second process can read while this one writes.
 * - synchronous=FULL: each commit syncs the WAL, so a scan reported as accepted survives power loss
 *   (NORMAL in WAL mode may lose the last commits on power failure, though not on a process crash).
 * - foreign_keys=ON: SQLite leaves them off per connection unless asked.
 * - busy_timeout=5000: wait for another process's write lock instead of failing at once.
 */
function applyPragmas(sqlite: BetterSqlite3.Database, readonly: boolean): void {
  if (!readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  const readonly = opts.readonly ?? false;
  const options: BetterSqlite3.Options = { readonly, fileMustExist: readonly };
  if (opts.nativeBinding !== undefined) options.nativeBinding = opts.nativeBinding;
  const sqlite = new BetterSqlite3(opts.file, options);
  let db: Kysely<DB> | undefined;
  try {
    applyPragmas(sqlite, readonly);
    db = new Kysely<DB>({ dialect: new ScanBaySqliteDialect(sqlite) });
    await migrate(db, { apply: opts.migrate ?? !readonly });
  } catch (err) {
    if (db) await db.destroy();
    else sqlite.close();
    throw err;
  }
  const handle = db;
  return { db: handle, sqlite, close: () => handle.destroy() };
}

/** Opens (creating the directory and the schema when needed) the database of a station data dir. */
export async function openDataDirDatabase(
  dataDir: string,
  opts: Omit<OpenDatabaseOptions, 'file'> = {},
): Promise<Database> {
  if (!opts.readonly) mkdirSync(dataDir, { recursive: true });
  return openDatabase({ ...opts, file: databasePath(dataDir) });
}
