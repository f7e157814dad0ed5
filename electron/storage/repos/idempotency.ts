import type { Db } from '../schema';

/** How long a stored reply answers a repeat of its request. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface StoredReply {
  request_hash: string;
  /** 0 while only the operation's output is stored (its work committed, its reply not yet). */
  status: number;
  reply: string;
}

export async function findStoredReply(db: Db, scope: string, key: string, now: Date): Promise<StoredReply | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'reply'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('created_at', '>', new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString())
    .executeTakeFirst();
}

/**
 * Records the key in the transaction of the work (status 0, the operation's output): a second
 * request with the key racing this one fails on the primary key and its work rolls back.
 * An expired row of the same key is replaced.
 */
export async function claimKey(trx: Db, row: { scope: string; key: string; request_hash: string; output: unknown }, now: Date): Promise<void> {
  await trx
    .deleteFrom('idempotency_keys')
    .where('scope', '=', row.scope)
    .where('key', '=', row.key)
    .where('created_at', '<=', new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString())
    .execute();
  await trx
    .insertInto('idempotency_keys')
    .values({ scope: row.scope, key: row.key, request_hash: row.request_hash, status: 0, reply: JSON.stringify({ output: row.output ?? null }), created_at: now.toISOString() })
    .execute();
}

/** Stores the reply sent (after the work committed); inserts the row when the work wrote none. */
export async function storeReply(db: Db, row: { scope: string; key: string; request_hash: string; status: number; reply: unknown }, now: Date): Promise<void> {
  const reply = JSON.stringify(row.reply);
  const updated = await db
    .updateTable('idempotency_keys')
    .set({ status: row.status, reply })
    .where('scope', '=', row.scope)
    .where('key', '=', row.key)
    .where('request_hash', '=', row.request_hash)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db
    .insertInto('idempotency_keys')
    .values({ scope: row.scope, key: row.key, request_hash: row.request_hash, status: row.status, reply, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .execute();
}
