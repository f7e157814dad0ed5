import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import { CHANGE_CHANNEL, NOTIFYING_TABLES } from '../change-tables';
import { LEDGER_SEQ_LOCK } from '../ledger-seq';

/**
 * Many stations, one ledger:
 * - `serial_events.station_id`: the stable id of the station that wrote the event (its data dir's).
 * - `serial_events.seq`: a database-assigned sequence, strictly increasing in COMMIT order.
 *   SQLite: writers take the database one at a time (BEGIN IMMEDIATE) and the ledger is never
 *   deleted from, so the rowid already is that order: `seq` is a virtual column equal to `id`.
 *   PostgreSQL: see ledger-seq.ts (assigned at commit under an advisory lock).
 * - `shared_options`: the warehouse-wide options (receiving.*, shipping.*, …) of stations sharing a
 *   PostgreSQL database (with SQLite every option stays in the station's options file).
 * - PostgreSQL only: the append-only rule as triggers (SQLite has its own since migration 5),
 *   every `real` column (4-byte float there) widened to double precision, as SQLite stores them,
 *   and change notifications (NOTIFY `scanbay_changes`, see change-feed.ts) from the tables other
 *   stations show on screen.
 */
export const migration0013 = {
  version: 13,
  name: 'stations',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('serial_events').addColumn('station_id', 'text').execute();
    await db.schema
      .createTable('shared_options')
      .addColumn('key', 'text', (c) => c.primaryKey())
      // JSON text of the value.
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text')
      .execute();
    if (dialectOf(db) === 'postgres') await postgres(db);
    else await sqlite(db);
  },
};

async function sqlite(db: Kysely<any>): Promise<void> {
  // SQLite-specific: a virtual generated column costs no space and no write.
  await sql`alter table serial_events add column seq integer generated always as (id) virtual`.execute(db);
}

async function postgres(db: Kysely<any>): Promise<void> {
  const reals = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type = 'real' order by table_name, column_name`.execute(db);
  for (const c of reals.rows) {
    await sql`alter table ${sql.id(c.table_name)} alter column ${sql.id(c.column_name)} type double precision`.execute(db);
  }

  await sql`create sequence serial_events_seq as bigint`.execute(db);
  await sql`alter table serial_events add column seq bigint`.execute(db);
  // Events written before this migration keep their order.
  await sql`update serial_events set seq = o.n from (
    select id, nextval('serial_events_seq') as n from (select id from serial_events order by id) ordered
  ) o where serial_events.id = o.id`.execute(db);
  await sql`create unique index serial_events_seq_unique on serial_events (seq)`.execute(db);
  await sql`create index serial_events_seq_pending on serial_events (id) where seq is null`.execute(db);

  // Deferred to COMMIT: the advisory lock is held from here until the transaction ends, so
  // transactions take sequence numbers in the order they become visible.
  await sql.raw(`
    create function scanbay_ledger_seq() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(${LEDGER_SEQ_LOCK});
      update serial_events set seq = nextval('serial_events_seq') where id = new.id and seq is null;
      return null;
    end $$`).execute(db);
  await sql`create constraint trigger serial_events_seq_at_commit after insert on serial_events
    deferrable initially deferred for each row execute function scanbay_ledger_seq()`.execute(db);

  await sql.raw(`
    create function scanbay_ledger_append_only() returns trigger language plpgsql as $$
    begin
      -- The one change allowed: the sequence given at commit to an event of this transaction.
      if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
         and (to_jsonb(new) - 'seq') = (to_jsonb(old) - 'seq') then
        return new;
      end if;
      raise exception 'serial_events is append-only' using errcode = 'integrity_constraint_violation';
    end $$`).execute(db);
  await sql`create trigger serial_events_append_only before update or delete on serial_events
    for each row execute function scanbay_ledger_append_only()`.execute(db);
  await sql`create trigger serial_events_no_truncate before truncate on serial_events
    for each statement execute function scanbay_ledger_append_only()`.execute(db);

  // One notification per table and transaction (PostgreSQL folds identical payloads), sent at
  // COMMIT only: "<table> <application_name>", the latter naming the writing station.
  await sql.raw(`
    create function scanbay_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${CHANGE_CHANNEL}', tg_table_name || ' ' || current_setting('application_name'));
      return null;
    end $$`).execute(db);
  for (const table of NOTIFYING_TABLES) {
    await sql`create trigger ${sql.id(`${table}_notify`)} after insert or update or delete on ${sql.table(table)}
      for each statement execute function scanbay_notify_change()`.execute(db);
  }
}
