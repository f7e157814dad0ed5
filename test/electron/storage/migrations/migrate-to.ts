import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { migrate } from '../../../../electron/storage/migrator';
import { ScanBaySqliteDialect } from '../../../../electron/storage/sqlite-driver';

export interface Migrated {
  sqlite: BetterSqlite3.Database;
  db: Kysely<any>;
  tables(): string[];
  columns(table: string): string[];
  run(sql: string, ...params: unknown[]): BetterSqlite3.RunResult;
  now: string;
  /** Applies the later migrations up to `version` (a migration test fills data in between). */
  migrateTo(version: number): Promise<void>;
  close(): Promise<void>;
}

/** An in-memory database migrated up to `version`, with the raw handle for assertions. */
export async function migratedTo(version: number): Promise<Migrated> {
  const sqlite = new BetterSqlite3(':memory:');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<any>({ dialect: new ScanBaySqliteDialect(sqlite) });
  await migrate(db, { target: version });
  const tables = () =>
    (sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map(
      (r) => r.name,
    );
  const columns = (table: string) => (sqlite.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
  const run = (sql: string, ...params: unknown[]) => sqlite.prepare(sql).run(...params);
  const now = '2026-01-01T00:00:00.000Z';
  return { sqlite, db, tables, columns, run, now, migrateTo: (v) => migrate(db, { target: v }).then(() => undefined), close: () => db.destroy() };
}
