import { StationError, type FieldIssue } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { yymmddToIso } from '../../../shared/barcode/dates';
import { foldSerial, serialUniqueKey } from '../../../shared/domain/serial-key';
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
 * Commissions serials for a product (found by GTIN) in its pool, with the batch as lot and the
 * expiry date; the pool is created when the product has none. A serial the product's own pool
 * generated and issued (requested, or printed as a label) and not commissioned yet is marked
 * commissioned; any other serial is new and joins the pool as assigned. All or nothing: a serial
 * already commissioned, of another pool or product, or generated but never issued, is listed in a
 * 409 and nothing is written. The database's UNIQUE key decides under concurrency: two callers
 * racing on a new serial cannot both win.
 */
export async function commissionSerials(db: Db, input: CommissionInput, defaults: PoolDefaults): Promise<ApiSerial[]> {
  const product = await productByGtin(db, input.productCode);
  const at = input.actor.at ?? new Date();
  const expiry = yymmddToIso(input.expiryDate, at.getFullYear());
  // The answer is the transaction's result: an Idempotency-Key stores it with the serials.
  return writeTransaction(db, async (trx) => {
    await lockPool(trx, product.id);
    const policy = await getSerialKeyPolicy(trx);
    const dupes = repeats(input.serials, product.id, policy);
    if (dupes.length > 0) throw new StationError('validation', msg('errors-stock.pools.repeatedSerials', { count: dupes.length }), dupes);

    const poolId = (await getPoolRowOfProduct(trx, product.id))?.id ?? (await createPool(trx, { product, codeSchema: 'GTIN', mode: 'continuous', source: 'api', at }, defaults));
    const { issued, taken } = await existingSerials(trx, input.serials, product.id, poolId, policy);
    if (taken.length > 0) {
      throw new ConflictError(
        msg('errors-stock.pools.cannotCommission', { count: taken.length, sku: product.sku }),
        taken.map((t) => t.value),
        taken.map((t) => ({ path: `serials.${t.index}`, message: t.why })),
      );
    }
    let batchId: number | null = null;
    if (input.batch) batchId = (await findBatchByName(trx, poolId, input.batch))?.id ?? (await insertBatch(trx, poolId, input.batch, at));
    const document: DocumentRef = { type: 'serial_pool', id: poolId, number: input.productCode };
    const now = iso(at);
    const fresh = input.serials.filter((value) => !issued.has(value));
    const rows = fresh.map((value) =>
      serialRowValues(
        { value, productId: product.id, status: 'assigned', source: 'external', poolId, batchId, lot: input.batch ?? null, expiry, document },
        policy,
        now,
      ),
    );
    const inserted = await new BulkInserter(trx, 'serials', 500, ['id', 'value'], 'unique_key').insert(rows);
    if (inserted.length < rows.length) {
      const done = new Set(inserted.map((r) => r.value as string));
      const lost = fresh.filter((v) => !done.has(v));
      throw new ConflictError(msg('errors-stock.pools.alreadyExist', { count: lost.length, sku: product.sku }), lost);
    }
    // The pool's own issued serials: commissioned now, with the lot and expiry of the request.
    const own = [...issued.values()];
    for (const part of chunks(own)) {
      await trx.updateTable('serials').set({ lot: input.batch ?? null, expiry, updated_at: now }).where('id', 'in', part).execute();
    }
    const event = { ...input.actor, at, type: 'commissioned' as const, document, details: { via: input.via, batch: input.batch ?? null, expiry } };
    await appendEvents(trx, [...inserted.map((r) => r.id as number), ...own], product.id, event, now);
    return input.serials.map((serial_number): ApiSerial => ({ serial_number, status: 'Assigned' }));
  });
}

/**
 * The request's serials that exist already: those of the pool's own that may be commissioned
 * (generated here, issued, not commissioned yet), by value, and the others with the reason.
 */
async function existingSerials(trx: Db, serials: string[], productId: number, poolId: number, policy: SerialKeyPolicy) {
  // By value, across products: with per-product uniqueness another product's serial of the same
  // value would not collide, but commissioning it here would still hand out one value twice.
  const fold = (v: string) => (policy.caseSensitive ? v : foldSerial(v));
  const index = new Map(serials.map((value, i) => [fold(value), i]));
  const rows: { id: number; value: string; status: string; source: string; pool_id: number | null; product_id: number }[] = [];
  // Probed through the indexed `value_fold` under either policy (`value` has no index of its own: a
  // probe by it scanned the whole ledger once per chunk); case-sensitive keeps exact matches only.
  for (const part of chunks([...new Set(serials.map(foldSerial))])) {
    const found = await trx.selectFrom('serials').select(['id', 'value', 'status', 'source', 'pool_id', 'product_id']).where('value_fold', 'in', part).where('status', '!=', 'deleted').execute();
    for (const r of found) if (index.has(fold(r.value))) rows.push(r);
  }
  const commissioned = new Set<number>();
  for (const part of chunks(rows.map((r) => r.id))) {
    const events = await trx.selectFrom('serial_events').select('serial_id').where('type', '=', 'commissioned').where('serial_id', 'in', part).execute();
    for (const e of events) commissioned.add(e.serial_id);
  }
  const issued = new Map<string, number>();
  const taken: { value: string; index: number; why: string }[] = [];
  for (const r of rows) {
    const i = index.get(fold(r.value))!;
    const value = serials[i]!;
    let why: string | null = null;
    if (r.product_id !== productId || r.pool_id !== poolId) why = `${value} belongs to another product or pool`;
    else if (commissioned.has(r.id)) why = `${value} is already commissioned`;
    else if (r.source === 'external') why = `${value} already exists`;
    else if (r.status === 'available') why = `${value} was generated but never issued (request or print it first)`;
    else if (r.status !== 'assigned') why = `${value} is ${r.status}`;
    if (why === null) issued.set(value, r.id);
    else taken.push({ value, index: i, why });
  }
  taken.sort((a, b) => a.index - b.index);
  return { issued, taken };
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
      throw new StationError('conflict', msg('errors-stock.pools.notEnoughAvailable', { sku: pool.sku, available: rows.length, requested: count }));
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
    if (missing.length > 0) throw new StationError('not_found', msg('errors-stock.pools.notInPoolOf', { count: missing.length, sku: pool.sku }), missing);
    if (notAssigned.length > 0) {
      throw new ConflictError(msg('errors-stock.pools.notAssigned', { count: notAssigned.length }), notAssigned);
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
