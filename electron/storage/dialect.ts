import { PostgresAdapter, SqliteAdapter } from 'kysely';
import type { QueryExecutorProvider } from 'kysely';

export type DialectName = 'sqlite' | 'postgres' | 'other';

/** Which SQL dialect a handle speaks; dialect-specific code (pragmas, triggers) branches on it. */
export function dialectOf(db: QueryExecutorProvider): DialectName {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  return 'other';
}
