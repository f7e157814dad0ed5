import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import { LEDGER_SEQ_LOCK } from '../ledger-seq';
import { isFlag, notNegative, withId } from './helpers';

/**
 * ERPs in the loop (issue 17):
 * - `feed_events`: the event feed (`GET /api/v1/events`), written by each operation in the
 *   transaction of its effects. `seq` is the cursor, strictly increasing in COMMIT order exactly
 *   as `serial_events.seq` (ledger-seq.ts): SQLite's rowid; on PostgreSQL assigned at COMMIT
 *   under the ledger's advisory lock, so a page never skips an event that commits later.
 * - `webhooks`: receivers of the feed; `secret` sealed with the station's key (crypto/secrets.ts).
 * - `webhook_outbox`: one row per webhook and event, written in the same transaction as the event:
 *   delivered in order per webhook, at least once, retried with backoff until `delivered_at`.
 * - `idempotency_keys`: stored REST replies by Idempotency-Key, with the request's hash.
 */
export const migration0015 = {
  version: 15,
  name: 'event-feed',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('feed_events'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('document_type', 'text')
      .addColumn('document_number', 'text')
      .addColumn('sku', 'text')
      .addColumn('serial', 'text')
      .addColumn('qty', 'integer')
      .addColumn('from_place', 'text')
      .addColumn('to_place', 'text')
      // JSON object text.
      .addColumn('details', 'text', (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable('webhooks'))
      .addColumn('url', 'text', (c) => c.notNull())
      // JSON array of event types; empty = every type.
      .addColumn('types', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      // When deliveries started failing (cleared by a success); disabled after 24 h of failures.
      .addColumn('failing_since', 'text')
      .addColumn('last_error', 'text')
      .addColumn('disabled_at', 'text')
      // The process delivering this webhook's outbox now (one at a time, across stations): a lease.
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addCheckConstraint('webhooks_enabled', isFlag('enabled'))
      .execute();

    await withId(db, db.schema.createTable('webhook_outbox'))
      .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
      .addColumn('event_id', 'integer', (c) => c.notNull().references('feed_events.id'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .addColumn('last_error', 'text')
      .addCheckConstraint('webhook_outbox_attempts', notNegative('attempts'))
      .execute();
    await db.schema.createIndex('webhook_outbox_pending').on('webhook_outbox').columns(['webhook_id', 'delivered_at', 'id']).execute();

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('key', 'text', (c) => c.notNull())
      // `<api key id> <METHOD> <route>`: one key space per caller and route.
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      // JSON text of the reply body.
      .addColumn('reply', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
      .execute();

    if (dialectOf(db) === 'postgres') await postgres(db);
    else await sql`alter table feed_events add column seq integer generated always as (id) virtual`.execute(db);
  },
};

async function postgres(db: Kysely<any>): Promise<void> {
  await sql`create sequence feed_events_seq as bigint`.execute(db);
  await sql`alter table feed_events add column seq bigint`.execute(db);
  await sql`create unique index feed_events_seq_unique on feed_events (seq)`.execute(db);
  // The ledger's technique (ledger-seq.ts): numbers taken at COMMIT under one advisory lock.
  await sql.raw(`
    create function scanbay_feed_seq() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(${LEDGER_SEQ_LOCK});
      update feed_events set seq = nextval('feed_events_seq') where id = new.id and seq is null;
      return null;
    end $$`).execute(db);
  await sql`create constraint trigger feed_events_seq_at_commit after insert on feed_events
    deferrable initially deferred for each row execute function scanbay_feed_seq()`.execute(db);
}
