import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type Transaction } from 'kysely';
import { openDatabase, type Database } from './database';
import type { StoreLocation } from './store-url';
import type { DB } from './schema';

/**
 * `scanbay db copy`: one station's SQLite database into an empty PostgreSQL database — every
 * table, every row with its id, the ledger's sequence numbers, and each table's id sequence moved
 * past the copied ids. One PostgreSQL transaction: a failure leaves the target as empty as it was.
 * Row counts are compared table by table before COMMIT.
 */

export class CopyError extends Error {}

export interface CopyResult {
  from: string;
  to: string;
  schema: number;
  tables: { table: string; rows: number }[];
}

const SKIP = new Set(['schema_migrations']);

function tablesInDependencyOrder(sqlite: BetterSqlite3.Database): string[] {
  const names = (sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name").all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !SKIP.has(n));
  const deps = new Map(names.map((n) => [n, new Set((sqlite.pragma(`foreign_key_list(${JSON.stringify(n)})`) as { table: string }[]).map((f) => f.table).filter((t) => t !== n))]));
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < names.length) {
    const next = names.find((n) => !done.has(n) && [...(deps.get(n) ?? [])].every((d) => done.has(d) || !deps.has(d)));
    if (!next) throw new CopyError(`tables refer to each other in a cycle: ${names.filter((n) => !done.has(n)).join(', ')}`);
    order.push(next);
    done.add(next);
  }
  return order;
}

async function assertEmpty(db: Kysely<DB>, tables: string[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const { rows } = await sql<{ one: number }>`select 1 as one from ${sql.table(table)} limit 1`.execute(db);
    if (rows.length > 0) filled.push(table);
  }
  if (filled.length > 0) throw new CopyError(`the target database is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''} hold rows); copy only into an empty database`);
}

async function targetColumns(trx: Transaction<DB>, table: string): Promise<{ names: Set<string>; identity: boolean }> {
  const { rows } = await sql<{ column_name: string; is_identity: string }>`
    select column_name, is_identity from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(trx);
  return { names: new Set(rows.map((r) => r.column_name)), identity: rows.some((r) => r.is_identity === 'YES') };
}

async function copyTable(sqlite: BetterSqlite3.Database, trx: Transaction<DB>, table: string): Promise<number> {
  const source = (sqlite.pragma(`table_xinfo(${JSON.stringify(table)})`) as { name: string }[]).map((c) => c.name);
  const target = await targetColumns(trx, table);
  if (target.names.size === 0) throw new CopyError(`table ${table} is missing from the target's schema`);
  const missing = source.filter((c) => !target.names.has(c));
  if (missing.length > 0) throw new CopyError(`columns ${missing.map((c) => `${table}.${c}`).join(', ')} are missing from the target's schema`);
  // PostgreSQL accepts at most 65535 parameters per statement.
  const perStatement = Math.max(1, Math.floor(30_000 / source.length));
  const columns = sql.join(source.map((c) => sql.id(c)));
  const overriding = target.identity ? sql` overriding system value` : sql``;
  const read = sqlite.prepare(`select ${source.map((c) => JSON.stringify(c)).join(', ')} from ${JSON.stringify(table)} order by rowid`).raw(true);
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const values = sql.join(batch.map((row) => sql`(${sql.join(row.map((v) => sql`${v}`))})`));
    await sql`insert into ${sql.table(table)} (${columns})${overriding} values ${values}`.execute(trx);
    copied += batch.length;
    batch = [];
  };
  for (const row of read.iterate() as Iterable<unknown[]>) {
    batch.push(row.map((v) => (typeof v === 'bigint' ? Number(v) : v instanceof Buffer ? v.toString('utf8') : v)));
    if (batch.length === perStatement) await flush();
  }
  await flush();
  if (target.identity) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
  }
  return copied;
}

export async function copySqliteToPostgres(from: StoreLocation, to: StoreLocation, opts: { nativeBinding?: string } = {}): Promise<CopyResult> {
  if (from.kind !== 'sqlite') throw new CopyError('--from must be a SQLite database (sqlite:PATH)');
  if (to.kind !== 'postgres') throw new CopyError('--to must be a PostgreSQL database (postgres://…)');
  if (from.file === ':memory:') throw new CopyError('--from must name a SQLite file');
  // The source is brought to this build's schema first (as opening it at the station would).
  const source: Database = await openDatabase({ location: from, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  let target: Database | undefined;
  try {
    const sqlite = source.sqlite!;
    const tables = tablesInDependencyOrder(sqlite);
    target = await openDatabase({ location: to, stationId: null });
    const schema = Number((await sql<{ v: number }>`select max(version) as v from schema_migrations`.execute(target.db)).rows[0]?.v ?? 0);
    await assertEmpty(target.db, tables);
    const result = await target.db.transaction().execute(async (trx) => {
      // Events keep their sequence numbers: the commit-time numbering finds them already numbered.
      await sql`alter table serial_events disable trigger serial_events_seq_at_commit`.execute(trx);
      const counts: { table: string; rows: number }[] = [];
      for (const table of tables) counts.push({ table, rows: await copyTable(sqlite, trx, table) });
      await sql`select setval('serial_events_seq', coalesce((select max(seq) from serial_events), 0) + 1, false)`.execute(trx);
      await sql`alter table serial_events enable trigger serial_events_seq_at_commit`.execute(trx);
      for (const { table, rows } of counts) {
        const there = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(trx)).rows[0]?.n ?? 0);
        const here = (sqlite.prepare(`select count(*) as n from ${JSON.stringify(table)}`).get() as { n: number }).n;
        if (there !== here || rows !== here) throw new CopyError(`row counts differ for ${table}: ${here} in the source, ${there} copied; nothing was copied`);
      }
      return counts;
    });
    return { from: from.display, to: to.display, schema, tables: result };
  } finally {
    await target?.close();
    await source.close();
  }
}
