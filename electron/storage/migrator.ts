import { sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect';
import { NewerSchemaError } from './errors';
import { lockMigrations } from './locks';
import { MIGRATIONS, type Migration } from './migrations';
import { writeTransaction } from './transaction';

const TABLE = 'schema_migrations';

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

async function hasMigrationsTable(db: Kysely<any>): Promise<boolean> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ found: boolean }>`select to_regclass(${TABLE}) is not null as found`.execute(db);
    return rows[0]?.found === true;
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${TABLE}`.execute(db);
  return Number(rows[0]?.n ?? 0) > 0;
}

async function userVersion(db: Kysely<any>): Promise<number> {
  if (dialectOf(db) !== 'sqlite') return 0;
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  return rows[0]?.user_version ?? 0;
}

/**
 * The schema version of a database: the highest recorded migration, or SQLite's user_version
 * mirror, whichever is higher (a newer build may have recorded its version in either).
 */
export async function schemaVersion(db: Kysely<any>): Promise<number> {
  let recorded = 0;
  if (await hasMigrationsTable(db)) {
    const row = await db
      .selectFrom(TABLE)
      .select((eb) => eb.fn.max<number | null>('version').as('v'))
      .executeTakeFirst();
    recorded = row?.v ?? 0;
  }
  return Math.max(recorded, await userVersion(db));
}

export interface MigrateOptions {
  /** false: only check that the schema is not newer than this build. */
  apply?: boolean;
  /** Stop after this version (tests migrate step by step). */
  target?: number;
  migrations?: readonly Migration[];
}

/**
 * Applies pending migrations in order, each in its own write transaction together with its record
 * in `schema_migrations` and the `PRAGMA user_version` mirror. Refuses a database from a newer build.
 * Stations starting together on one PostgreSQL database queue on an advisory lock (SQLite's
 * BEGIN IMMEDIATE does the same), and each re-reads the version once it holds the lock.
 */
export async function migrate(db: Kysely<any>, opts: MigrateOptions = {}): Promise<{ from: number; to: number }> {
  const migrations = opts.migrations ?? MIGRATIONS;
  const known = migrations.at(-1)?.version ?? 0;
  const from = await schemaVersion(db);
  if (from > known) throw new NewerSchemaError(from, known);
  if (opts.apply === false) return { from, to: from };
  const target = Math.min(opts.target ?? known, known);
  let to = from;
  for (const migration of migrations) {
    if (migration.version <= to || migration.version > target) continue;
    to = await writeTransaction(db, async (trx) => {
      await lockMigrations(trx);
      await trx.schema
        .createTable(TABLE)
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute();
      // Another process may have applied it while we waited for the write lock.
      const current = await schemaVersion(trx);
      if (current > known) throw new NewerSchemaError(current, known);
      if (current >= migration.version) return current;
      await migration.up(trx);
      await trx
        .insertInto(TABLE)
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      if (dialectOf(trx) === 'sqlite') {
        // SQLite-specific mirror; the header write is part of this transaction.
        await sql.raw(`pragma user_version = ${Math.trunc(migration.version)}`).execute(trx);
      }
      return migration.version;
    });
  }
  return { from, to };
}

export type { Migration };
