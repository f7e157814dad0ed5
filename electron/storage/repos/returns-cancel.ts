import { msg } from '../../../shared/i18n/message';
import type { ReturnSummary } from '../../../shared/workflows/lifecycle';
import { ConflictError, NotFoundError } from '../errors';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { lastShipmentOfSerial } from './returns';
import { changeSerial, type Actor, type DocumentRef } from './serials';

/** Open RMAs, newest first (the Returns screen lists them). */
export async function listOpenReturns(db: Db, limit = 100): Promise<ReturnSummary[]> {
  const rows = await db
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .leftJoin('return_lines', 'return_lines.return_id', 'returns.id')
    .select(['returns.rma_number', 'orders.order_number', 'returns.created_at', (eb) => eb.fn.coalesce(eb.fn.sum<number>('return_lines.qty'), eb.lit(0)).as('units')])
    .where('returns.status', '=', 'open')
    .groupBy(['returns.id', 'returns.rma_number', 'orders.order_number', 'returns.created_at'])
    .orderBy('returns.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, status: 'open' as const, units: Number(r.units) }));
}

/**
 * Cancels an open RMA with nothing put away, in one transaction: each unit scanned on it goes back
 * to what it was before the return (a serial that shipped is `shipped` again; one the return added
 * to the ledger is deleted), each with an `adjusted` event naming the RMA; its lines are removed
 * (the order's units count as not returned again); the RMA is closed as cancelled.
 */
export async function cancelReturn(db: Db, returnId: number, actor: Actor): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const rma = await trx.selectFrom('returns').select(['id', 'rma_number', 'status', 'order_id']).where('id', '=', returnId).executeTakeFirst();
    if (!rma) throw new NotFoundError('return', String(returnId));
    if (rma.status !== 'open') throw new ConflictError(msg('errors-storage.returns.closed', { rma: rma.rma_number }));
    const lines = await trx.selectFrom('return_lines').select(['id', 'serial_id', 'disposition']).where('return_id', '=', rma.id).execute();
    if (lines.some((l) => l.disposition !== null)) throw new ConflictError(msg('errors-storage.returns.putAway', { rma: rma.rma_number }));
    const at = actor.at ?? new Date();
    const document: DocumentRef = { type: 'return', id: rma.id, number: rma.rma_number };
    const event = { userId: actor.userId ?? null, station: actor.station ?? null, at, type: 'adjusted' as const, document, details: { action: 'return_cancelled', rma: rma.rma_number } };
    for (const l of lines) {
      if (l.serial_id === null) continue;
      const shipped = await lastShipmentOfSerial(trx, l.serial_id, rma.order_id);
      await changeSerial(trx, l.serial_id, { status: shipped ? 'shipped' : 'deleted', warehouseId: null, binId: null, document }, event);
    }
    await trx.deleteFrom('return_lines').where('return_id', '=', rma.id).execute();
    await trx
      .updateTable('returns')
      .set({ status: 'closed', closed_at: iso(at), cancelled_at: iso(at), cancelled_by: actor.userId ?? null })
      .where('id', '=', rma.id)
      .execute();
  });
}
