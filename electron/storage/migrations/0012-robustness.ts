import type { Kysely } from 'kysely';
import { notNegative, oneOf, withId } from './helpers';

/**
 * Robustness (issue 14).
 * - `approval_pin_lockouts`: wrong supervisor PINs given for approvals (overrides, replacements),
 *   counted per requester — the signed-in user (`user:<id>`), else the REST key (`api:<name>`),
 *   else the station (`station:<name>`) — in the database, so a restart does not reset a lock and
 *   every process (the app, `scanbay serve`) counts the same failures.
 * - `serials.received_bin_id`: the bin a unit was received into (the session's bin may change
 *   during the session, and the serial moves on later). Serials received before this migration get
 *   their session's bin, the best that is known.
 * - `imports`: the journal of a serial import being committed in chunks (scans keep flowing
 *   between chunks). An import that stops half way (kill -9) is rolled back by the next process
 *   that opens the station, so an import is in the ledger whole or not at all.
 */
export const migration0012 = {
  version: 12,
  name: 'robustness',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('approval_pin_lockouts'))
      .addColumn('subject', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('approval_pin_lockouts_failed_count', notNegative('failed_count'))
      .execute();

    await withId(db, db.schema.createTable('imports'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .addColumn('committed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('pid', 'integer', (c) => c.notNull())
      .addColumn('host', 'text', (c) => c.notNull())
      .addColumn('station', 'text')
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .addCheckConstraint('imports_state', oneOf('state', ['committing', 'done', 'rolled_back']))
      .execute();

    await db.schema.alterTable('serials').addColumn('received_bin_id', 'integer', (c) => c.references('bins.id')).execute();
    await db
      .updateTable('serials')
      .set((eb) => ({ received_bin_id: eb.selectFrom('receiving_sessions').select('receiving_sessions.bin_id').whereRef('receiving_sessions.id', '=', 'serials.received_session_id') }))
      .where('received_session_id', 'is not', null)
      .execute();
  },
};
