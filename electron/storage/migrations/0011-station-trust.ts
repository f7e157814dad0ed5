import { sql, type Kysely } from 'kysely';

/**
 * Station trust (issue 13): badge sign-in, who did REST work, cancelled RMAs.
 * - `users.badge_hash`: a user's badge code, stored as a keyed hash (a badge signs its user in
 *   without a PIN, so it is a credential); at most one user per badge.
 * - `receiving_sessions.received_via`, `shipments.packed_via`: `api:<key name>` when an API key
 *   did the work (no user is signed in through REST); null for work done at the station.
 * - `returns.cancelled_at`, `returns.cancelled_by`: an RMA cancelled before anything was put away
 *   (its status is then `closed`, and the cancellation marks why).
 */
export const migration0011 = {
  version: 11,
  name: 'station-trust',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('users').addColumn('badge_hash', 'text').execute();
    await db.schema.createIndex('users_badge').unique().on('users').column('badge_hash').where(sql.ref('badge_hash'), 'is not', null).execute();
    await db.schema.alterTable('receiving_sessions').addColumn('received_via', 'text').execute();
    await db.schema.alterTable('shipments').addColumn('packed_via', 'text').execute();
    await db.schema.alterTable('returns').addColumn('cancelled_at', 'text').execute();
    await db.schema.alterTable('returns').addColumn('cancelled_by', 'integer', (c) => c.references('users.id')).execute();
  },
};
