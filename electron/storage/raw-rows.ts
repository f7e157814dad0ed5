import type { CompiledQuery } from 'kysely';
import type { Database } from './database';

/** Reads a whole query's rows as arrays, one at a time, without building an object per row. */
export type RawRowReader = (compiled: CompiledQuery) => Iterable<unknown[]>;

/**
 * SQLite-specific: better-sqlite3's raw mode on the station's one connection (the caller holds the
 * connection for the duration). PostgreSQL has no such reader here: null (read in chunks instead).
 */
export function rawRowReader(database: Database): RawRowReader | null {
  const { sqlite } = database;
  if (!sqlite) return null;
  return (compiled) => sqlite.prepare(compiled.sql).raw(true).iterate(...(compiled.parameters as unknown[])) as Iterable<unknown[]>;
}
