import type { Kysely } from 'kysely';

/**
 * `serials_pool` (pool_id, status) goes: `serials_pool_summary` (pool_id, status, source, batch_id),
 * on the same rows (pool serials), starts with the same columns and answers every query it did,
 * while each commissioned or generated serial paid a write into both.
 */
export const migration0018 = {
  version: 18,
  name: 'pool-index',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('serials_pool').execute();
  },
};
