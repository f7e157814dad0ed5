import { sql, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * Schema-builder helpers shared by migrations. Migrations use only portable DDL except where a
 * helper branches on the dialect (surrogate keys) or a migration says so (SQLite triggers).
 */

/**
 * Adds the surrogate key `id`. On SQLite `integer primary key` is the rowid (no AUTOINCREMENT:
 * rows we point at are never deleted, and it saves a write per insert); PostgreSQL gets an identity.
 */
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey());
}

/** `column in ('a', 'b')` for CHECK constraints (DDL takes literals, not parameters). */
export function oneOf(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** A 0/1 flag column check (portable boolean). */
export function isFlag(column: string): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (0, 1)`;
}

/** `column > 0`. */
export function positive(column: string): RawBuilder<unknown> {
  return sql`${sql.ref(column)} > 0`;
}

/** `column >= 0`. */
export function notNegative(column: string): RawBuilder<unknown> {
  return sql`${sql.ref(column)} >= 0`;
}
