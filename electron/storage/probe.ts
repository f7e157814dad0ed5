import type { Db } from './schema';
import { writeTransaction } from './transaction';

const KEY = 'storage.probe';

/**
 * One small durable write: proves the database can record (at start-up, and while the station
 * waits for a storage fault to clear). Throws the fault when it cannot.
 */
export async function probeWrite(db: Db, at = new Date()): Promise<void> {
  const value = at.toISOString();
  await writeTransaction(
    db,
    (trx) =>
      trx
        .insertInto('storage_settings')
        .values({ key: KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute(),
    { retries: 0 },
  );
}
