import { StationError, type FieldIssue } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import type { PoolSerialView } from '../../../shared/workflows/pools';
import { ConflictError } from '../../storage/errors';
import { poolSerialsByIds } from '../../storage/repos/pools';
import { deleteSerial, type Actor } from '../../storage/repos/serials';
import type { Db } from '../../storage/schema';
import { lockPool } from '../../storage/locks';
import { writeTransaction } from '../../storage/transaction';
import { statusChange } from './commission';
import { poolById } from './resolve';
import { changePoolStatus } from './status-change';

/** Station-side changes to pool serials picked by id (Serials → Pools): delete and release. */

/** The pool serials with these ids, or a 404 naming each id that is not a live serial of the pool. */
export async function serialsOfPool(db: Db, poolId: number, ids: number[]): Promise<PoolSerialView[]> {
  const found = await poolSerialsByIds(db, poolId, ids);
  const have = new Set(found.map((s) => s.id));
  const missing: FieldIssue[] = [];
  ids.forEach((id, i) => {
    if (!have.has(id)) missing.push({ path: `serialIds.${i}`, message: `serial ${id} is not in this pool` });
  });
  if (missing.length > 0) throw new StationError('not_found', msg('errors-stock.pools.selectedNotInPool', { count: missing.length }), missing);
  return found;
}

/**
 * Deletes pool serials (ledger `adjusted`/deleted, value freed). Only serials with no ledger
 * event beyond generation qualify; if any selected one has more history, nothing is deleted and
 * the 409 lists them.
 */
export async function deletePoolSerials(db: Db, poolId: number, ids: number[], actor: Actor, reason: string): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const pool = await poolById(trx, poolId);
    await lockPool(trx, pool.product_id);
    const serials = await serialsOfPool(trx, pool.id, [...new Set(ids)]);
    const kept = serials.filter((s) => !s.deletable || s.status !== 'available');
    if (kept.length > 0) {
      throw new ConflictError(
        msg('errors-stock.pools.hasHistory', { count: kept.length }),
        kept.map((s) => s.value),
      );
    }
    const document = { type: 'serial_pool' as const, id: pool.id, number: pool.product_code };
    for (const s of serials) await deleteSerial(trx, s.id, reason, { ...actor, document });
    return serials.length;
  });
}

/** Assigned serials (by id) back to available; all or none. */
export async function releasePoolSerials(db: Db, poolId: number, ids: number[], actor: Actor, via: string): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const pool = await poolById(trx, poolId);
    await lockPool(trx, pool.product_id);
    const serials = await serialsOfPool(trx, pool.id, [...new Set(ids)]);
    const notAssigned = serials.filter((s) => s.status !== 'assigned');
    if (notAssigned.length > 0) {
      throw new ConflictError(
        msg('errors-stock.pools.selectedNotAssigned', { count: notAssigned.length }),
        notAssigned.map((s) => s.value),
      );
    }
    const changed = await changePoolStatus(trx, statusChange(pool, serials.map((s) => s.id), 'release', actor, { via }));
    return changed.length;
  });
}

/** After labels went out: the available ones among them become assigned (reprints change nothing). */
export async function assignPrinted(db: Db, poolId: number, ids: number[], actor: Actor, details: Record<string, unknown>): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const pool = await poolById(trx, poolId);
    await lockPool(trx, pool.product_id);
    const changed = await changePoolStatus(trx, statusChange(pool, ids, 'assign', actor, details));
    return changed.length;
  });
}
