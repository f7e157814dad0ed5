import { PostgresAdapter, SqliteAdapter, sql } from 'kysely';
import type { Kysely, QueryExecutorProvider } from 'kysely';

export type DialectName = 'sqlite' | 'postgres' | 'other';

/** Which SQL dialect a handle speaks; dialect-specific code (pragmas, triggers) branches on it. */
export function dialectOf(db: QueryExecutorProvider): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  return 'other';
}

/**
 * After a bulk writer's chunk (a large import committing piece by piece): SQLite-specific, move
 * the write-ahead log into the database now, in the bulk writer's own process and outside any
 * write lock. Otherwise the commit of whichever connection next crosses the WAL limit — often a
 * scan at the dock — pays for copying the bulk writer's pages. Other dialects: nothing to do.
 */
export async function settleAfterBulkChunk(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite' || db.isTransaction) return;
  await sql`pragma wal_checkpoint(PASSIVE)`.execute(db);
}
