import type { Kysely } from 'kysely';

/**
 * Serial pools: one index that answers the pool summary (available/assigned/generated per pool),
 * the batch counts and the serial count of a pool page from the index alone, without reading
 * every serial row of a large pool (commissioned pools hold 100,000s).
 */
export const migration0009 = {
  version: 9,
  name: 'pools',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createIndex('serials_pool_summary')
      .on('serials')
      .columns(['pool_id', 'status', 'source', 'batch_id'])
      .where('pool_id', 'is not', null)
      .execute();
  },
};
