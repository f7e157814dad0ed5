import type { Kysely, Transaction } from 'kysely';
import { isBusyError } from './errors';

export interface WriteOptions {
  /** Extra attempts after SQLITE_BUSY (the lock wait itself is busy_timeout, 5 s). */
  retries?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` in one write transaction: everything it writes is committed together or not at all.
 * On SQLite the transaction starts with BEGIN IMMEDIATE (see dialect.ts); other dialects use
 * plain BEGIN. Called inside another transaction, `fn` joins it. When the write lock cannot be
 * had (SQLITE_BUSY after busy_timeout) the whole transaction is retried a few times, so `fn` must
 * have no effects outside the database.
 */
export function writeTransaction<D, T>(
  db: Transaction<D>,
  fn: (trx: Transaction<D>) => Promise<T>,
  opts?: WriteOptions,
): Promise<T>;
export function writeTransaction<D, T>(db: Kysely<D>, fn: (trx: Transaction<D>) => Promise<T>, opts?: WriteOptions): Promise<T>;
export async function writeTransaction<D, T>(
  db: Kysely<D>,
  fn: (trx: Transaction<D>) => Promise<T>,
  opts: WriteOptions = {},
): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<D>);
  const retries = opts.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction().execute(fn);
    } catch (err) {
      if (!isBusyError(err) || attempt >= retries) throw err;
      await sleep(25 * 2 ** attempt + Math.random() * 25);
    }
  }
}
