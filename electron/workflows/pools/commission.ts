import { StationError, type FieldIssue } from '../../../shared/api/errors';
import { yymmddToIso } from '../../../shared/barcode/dates';
import { serialUniqueKey } from '../../../shared/domain/serial-key';
import type { SerialKeyPolicy } from '../../../shared/domain/types';
import { BulkInserter } from '../../storage/bulk-insert';
import { ConflictError, RaceLostError } from '../../storage/errors';
import { lockPool } from '../../storage/locks';
import { findBatchByName, getPoolRowOfProduct, insertBatch } from '../../storage/repos/pools';
import { serialRowValues, type Actor, type DocumentRef } from '../../storage/repos/serials';
import { getSerialKeyPolicy } from '../../storage/repos/settings';
import type { Db } from '../../storage/schema';
import { chunks, iso } from '../../storage/time';
import { writeTransaction } from '../../storage/transaction';
import { appendEvents } from './ledger-rows';
import { createPool, type PoolDefaults } from './create-pool';
import { poolRowByProductCode, productByGtin } from './resolve';
import { changePoolStatus } from './status-change';

/** The commission API's work: commission external serials, hand out available ones, take them back. */

export interface ApiSerial {
  serial_number: string;
  status: 'Available' | 'Assigned';
}

export interface CommissionInput {
  productCode: string;
  batch?: string | null | undefined;
  /** YYMMDD. */
  expiryDate: string;
  serials: string[];
  actor: Actor;
  via: string;
}

/** Two entries of one request that are the same serial under the uniqueness policy: 400, naming each repeat. */
function repeats(serials: string[], productId: number, policy: SerialKeyPolicy): FieldIssue[] {
  const seen = new Map<string, number>();
  const issues: FieldIssue[] = [];
  serials.forEach((value, i) => {
    const key = serialUniqueKey(productId, value, policy);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else issues.push({ path: `serials.${i}`, message: `repeats serials.${first} (${value})` });
  });
  return issues;
}

/**
 * Commissions external serials for a product (found by GTIN) into its pool as assigned, with the
 * batch as lot and the expiry date; the pool is created when the product has none. All or
 * nothing: serials already present (per the uniqueness policy) are listed in a 409 and nothing is
 * written. The database's UNIQUE key decides under concurrency: two callers racing on a serial
 * cannot both win.
 */
export async function commissionSerials(db: Db, input: CommissionInput, defaults: PoolDefaults): Promise<ApiSerial[]> {
  const product = await productByGtin(db, input.productCode);
  const at = input.actor.at ?? new Date();
  const expiry = yymmddToIso(input.expiryDate, at.getFullYear());
  await writeTransaction(db, async (trx) => {
    await lockPool(trx, product.id);
    const policy = await getSerialKeyPolicy(trx);
    const dupes = repeats(input.serials, product.id, policy);
    if (dupes.length > 0) throw new StationError('validation', `the request repeats ${dupes.length} serial(s)`, dupes);

    const poolId = (await getPoolRowOfProduct(trx, product.id))?.id ?? (await createPool(trx, { product, codeSchema: 'GTIN', mode: 'continuous', source: 'api', at }, defaults));
    let batchId: number | null = null;
    if (input.batch) batchId = (await findBatchByName(trx, poolId, input.batch))?.id ?? (await insertBatch(trx, poolId, input.batch, at));
    const document: DocumentRef = { type: 'serial_pool', id: poolId, number: input.productCode };
    const now = iso(at);
    const rows = input.serials.map((value) =>
      serialRowValues(
        { value, productId: product.id, status: 'assigned', source: 'external', poolId, batchId, lot: input.batch ?? null, expiry, document },
        policy,
        now,
      ),
    );
    const inserted = await new BulkInserter(trx, 'serials', 500, ['id', 'value'], 'unique_key').insert(rows);
    if (inserted.length < rows.length) {
      const done = new Set(inserted.map((r) => r.value as string));
      const taken = input.serials.filter((v) => !done.has(v));
      throw new ConflictError(`${taken.length} serial(s) already exist for ${product.sku}; nothing was commissioned`, taken);
    }
    const event = { ...input.actor, at, type: 'commissioned' as const, document, details: { via: input.via, batch: input.batch ?? null, expiry } };
    await appendEvents(trx, inserted.map((r) => r.id as number), product.id, event, now);
  });
  return input.serials.map((serial_number) => ({ serial_number, status: 'Assigned' }));
}

/** Hands out `count` available serials of the product's pool (oldest first), now assigned; 409 when too few. */
export async function requestSerials(db: Db, productCode: string, count: number, actor: Actor, via: string): Promise<ApiSerial[]> {
  return writeTransaction(db, async (trx) => {
    const pool = await poolRowByProductCode(trx, productCode);
    // Two callers asking at once never get the same serials: the second waits, then takes the next ones.
    await lockPool(trx, pool.product_id);
    const rows = await trx
      .selectFrom('serials')
      .select(['id', 'value'])
      .where('pool_id', '=', pool.id)
      .where('status', '=', 'available')
      .orderBy('id')
      .limit(count)
      .execute();
    if (rows.length < count) {
      throw new StationError('conflict', `the pool of ${pool.sku} has ${rows.length} available serial(s), ${count} requested; nothing was assigned`);
    }
    const changed = await changePoolStatus(trx, statusChange(pool, rows.map((r) => r.id), 'assign', actor, { via }));
    // A serial received at a dock meanwhile (not under the pool's lock) is no longer available.
    if (changed.length < rows.length) throw new RaceLostError();
    return rows.map((r) => ({ serial_number: r.value, status: 'Assigned' as const }));
  });
}

/** Returns assigned serials (by value) of the product's pool to available; all or none. */
export async function releaseSerialValues(db: Db, productCode: string, serials: string[], actor: Actor, via: string): Promise<ApiSerial[]> {
  return writeTransaction(db, async (trx) => {
    const pool = await poolRowByProductCode(trx, productCode);
    await lockPool(trx, pool.product_id);
    const policy = await getSerialKeyPolicy(trx);
    const byKey = new Map<string, { id: number; status: string; pool_id: number | null }>();
    for (const part of chunks(serials.map((v) => serialUniqueKey(pool.product_id, v, policy)))) {
      const rows = await trx.selectFrom('serials').select(['id', 'status', 'pool_id', 'unique_key']).where('unique_key', 'in', part).execute();
      for (const r of rows) byKey.set(r.unique_key as string, r);
    }
    const missing: FieldIssue[] = [];
    const notAssigned: string[] = [];
    const ids: number[] = [];
    serials.forEach((value, i) => {
      const row = byKey.get(serialUniqueKey(pool.product_id, value, policy));
      if (!row || row.pool_id !== pool.id) missing.push({ path: `serials.${i}`, message: `${value} is not in the pool of ${pool.sku}` });
      else if (row.status !== 'assigned') notAssigned.push(value);
      else ids.push(row.id);
    });
    if (missing.length > 0) throw new StationError('not_found', `${missing.length} serial(s) are not in the pool of ${pool.sku}; nothing was released`, missing);
    if (notAssigned.length > 0) {
      throw new ConflictError(`${notAssigned.length} serial(s) are not assigned (available already, or received/shipped); nothing was released`, notAssigned);
    }
    await changePoolStatus(trx, statusChange(pool, [...new Set(ids)], 'release', actor, { via }));
    return serials.map((serial_number) => ({ serial_number, status: 'Available' as const }));
  });
}

/** The status change of assigning (available → assigned) or releasing (assigned → available). */
export function statusChange(pool: { id: number; product_id: number; product_code: string }, serialIds: number[], action: 'assign' | 'release', actor: Actor, details: Record<string, unknown>) {
  const assign = action === 'assign';
  return {
    poolId: pool.id,
    productId: pool.product_id,
    productCode: pool.product_code,
    serialIds,
    from: assign ? ('available' as const) : ('assigned' as const),
    to: assign ? ('assigned' as const) : ('available' as const),
    event: assign ? ('assigned' as const) : ('released' as const),
    actor,
    details,
  };
}
