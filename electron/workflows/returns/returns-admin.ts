import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { dispositionFor, type CreditMemo, type Disposition, type FindReturnResult, type RestockResult, type ReturnState } from '../../../shared/workflows/lifecycle';
import { getOrder } from '../../storage/repos/orders';
import { defaultWarehouse, getBin, getWarehouseByCode, getWarehouseById } from '../../storage/repos/places';
import { getReturn, lastShipmentOfSerial, listReturnsOfOrder, restockReturn, returnLines, type PutAway } from '../../storage/repos/returns';
import { cancelReturn } from '../../storage/repos/returns-cancel';
import { findSerials } from '../../storage/repos/serials';
import type { Db } from '../../storage/schema';
import type { WorkflowActor } from '../kit/actor';
import type { ReturnsWorkflow } from './returns-workflow';

/** What a scan at the start of a return names: an RMA, an order, or a serial that shipped on an order. */
export async function findReturn(wf: ReturnsWorkflow, query: string): Promise<FindReturnResult> {
  const q = query.trim();
  if (q === '') return { by: 'none', order_number: null, returns: [] };
  const rma = await getReturn(wf.db, q);
  if (rma) return { by: 'rma', order_number: rma.order_number, returns: await listReturnsOfOrder(wf.db, rma.order_id) };
  const order = await getOrder(wf.db, q);
  if (order) return { by: 'order', order_number: order.order_number, returns: await listReturnsOfOrder(wf.db, order.id) };
  for (const s of await findSerials(wf.db, q)) {
    const shipment = await lastShipmentOfSerial(wf.db, s.id);
    if (shipment) return { by: 'serial', order_number: shipment.order_number, returns: await listReturnsOfOrder(wf.db, shipment.order_id) };
  }
  return { by: 'none', order_number: null, returns: [] };
}

export interface RestockInput {
  warehouse?: string;
  bin?: string;
  /** For every unit; default: by condition (damaged and defective units to quarantine). */
  disposition?: Disposition;
  /** Per returned unit, overriding the above. */
  lines?: { line_id: number; disposition: Disposition }[];
}

export async function creditMemo(wf: ReturnsWorkflow, rmaNumber: string, db: Db = wf.db): Promise<CreditMemo> {
  const rma = await getReturn(db, rmaNumber);
  if (!rma) throw new StationError('not_found', msg('errors-stock.returns.noRma', { rma: rmaNumber }));
  const lines = (await returnLines(db, rma.id)).map((l) => ({
    sku: l.sku,
    serial: l.serial,
    qty: l.qty,
    unit_price: l.credit_amount,
    amount: Math.round((l.credit_amount ?? 0) * l.qty * 100) / 100,
    condition: l.condition,
    disposition: l.disposition,
  }));
  return { rma_number: rma.rma_number, order_number: rma.order_number, lines, total: Math.round(lines.reduce((n, l) => n + l.amount, 0) * 100) / 100 };
}

/**
 * Puts the RMA's returned units away — back in stock at the warehouse/bin (serials `in_stock`)
 * or to quarantine in that warehouse — and closes it; answers with the credit memo.
 */
export async function restock(wf: ReturnsWorkflow, rmaNumber: string, input: RestockInput, actor: WorkflowActor): Promise<RestockResult> {
  return wf.lock(rmaNumber, async (db) => {
    const ctx = await wf.context(rmaNumber, db);
    if (ctx.rma.status !== 'open') throw new StationError('conflict', msg('errors-stock.returns.closedPutAway', { rma: rmaNumber, day: ctx.rma.closed_at?.slice(0, 10) ?? 'none' }));
    const waiting = (await returnLines(db, ctx.rma.id)).filter((l) => l.disposition === null);
    if (waiting.length === 0) throw new StationError('conflict', msg('errors-stock.returns.nothingWaiting', { rma: rmaNumber }));
    const warehouse = input.warehouse
      ? await getWarehouseByCode(db, input.warehouse)
      : ((ctx.rma.order_warehouse_id === null ? undefined : await getWarehouseById(db, ctx.rma.order_warehouse_id)) ?? (await defaultWarehouse(db)));
    if (!warehouse) throw new StationError('not_found', msg('errors-stock.noWarehouse', { warehouse: String(input.warehouse) }), [{ path: 'warehouse', message: 'unknown warehouse' }]);
    const bin = input.bin ? await getBin(db, warehouse.id, input.bin) : undefined;
    if (input.bin && !bin) throw new StationError('not_found', msg('errors-stock.returns.notBinOfWarehouse', { bin: input.bin, warehouse: warehouse.code }), [{ path: 'bin', message: 'unknown bin' }]);
    const chosen = new Map((input.lines ?? []).map((l) => [l.line_id, l.disposition]));
    const unknown = [...chosen.keys()].filter((id) => !waiting.some((l) => l.line_id === id));
    if (unknown.length > 0) throw new StationError('validation', msg('errors-stock.returns.lineNotWaiting', { lines: unknown.join(', '), rma: rmaNumber }), [{ path: 'lines', message: 'unknown line' }]);
    const putAway: PutAway[] = waiting.map((l) => {
      const disposition = chosen.get(l.line_id) ?? input.disposition ?? dispositionFor(l.condition);
      // Quarantined units stay in the warehouse but out of the bins that stock sellable units.
      return { lineId: l.line_id, disposition, warehouseId: warehouse.id, binId: disposition === 'restock' ? (bin?.id ?? null) : null };
    });
    await restockReturn(db, ctx.rma.id, putAway, { userId: actor.userId, station: actor.station });
    wf.forget(rmaNumber);
    const restocked = putAway.filter((p) => p.disposition === 'restock').length;
    return { restocked, quarantined: putAway.length - restocked, credit_memo: await creditMemo(wf, rmaNumber, db), state: await wf.state(rmaNumber, db) };
  });
}

/**
 * Cancels an open RMA on which nothing is put away: the units scanned on it go back to shipped
 * (the return never happened), recorded in the ledger; the RMA shows as cancelled.
 */
export async function cancelRma(wf: ReturnsWorkflow, rmaNumber: string, actor: WorkflowActor): Promise<ReturnState> {
  return wf.lock(rmaNumber, async (db) => {
    const ctx = await wf.context(rmaNumber, db);
    if (ctx.rma.status !== 'open') throw new StationError('conflict', msg('errors-stock.returns.alreadyEnded', { rma: rmaNumber, status: ctx.rma.cancelled_at ? 'cancelled' : 'closed' }));
    if ((await returnLines(db, ctx.rma.id)).some((l) => l.disposition !== null)) {
      throw new StationError('conflict', msg('errors-stock.returns.cannotCancel', { rma: rmaNumber }));
    }
    await cancelReturn(db, ctx.rma.id, { userId: actor.userId, station: actor.station });
    wf.forget(rmaNumber);
    return wf.state(rmaNumber, db);
  });
}
