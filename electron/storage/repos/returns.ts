import { msg } from '../../../shared/i18n/message';
import type { Disposition, ReturnCondition, ReturnLineView, ReturnOrderLine, ReturnSummary } from '../../../shared/workflows/lifecycle';
import { locationText } from '../../../shared/workflows/lifecycle';
import { ConflictError, NotFoundError } from '../errors';
import type { Db } from '../schema';
import { iso } from '../time';
import { writeTransaction } from '../transaction';
import { getBinById, getWarehouseById } from './places';
import { changeSerial, insertSerial, type Actor, type DocumentRef } from './serials';
import { adjustStock } from './stock';

/**
 * Returns (RMA): a return per order, one line per returned unit. A scanned unit is committed at
 * once (return line + the serial `quarantined` with a `returned` event); restocking puts every
 * unit still waiting away (back `in_stock` at a bin, or quarantined) and closes the RMA.
 */

export interface ReturnHeader {
  id: number;
  rma_number: string;
  order_id: number;
  order_number: string;
  order_warehouse_id: number | null;
  reason: string | null;
  status: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
  /** Set when the RMA was cancelled (migration 11). */
  cancelled_at: string | null;
}

function headers(db: Db) {
  return db
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .select([
      'returns.id',
      'returns.rma_number',
      'returns.order_id',
      'orders.order_number',
      'orders.warehouse_id as order_warehouse_id',
      'returns.reason',
      'returns.status',
      'returns.created_at',
      'returns.closed_at',
      'returns.cancelled_at',
    ]);
}

export async function getReturn(db: Db, rmaNumber: string): Promise<ReturnHeader | undefined> {
  return headers(db).where('returns.rma_number', '=', rmaNumber).executeTakeFirst();
}

export async function listReturnsOfOrder(db: Db, orderId: number): Promise<ReturnSummary[]> {
  const rows = await db
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .leftJoin('return_lines', 'return_lines.return_id', 'returns.id')
    .select(['returns.rma_number', 'orders.order_number', 'returns.status', 'returns.cancelled_at', 'returns.created_at', (eb) => eb.fn.coalesce(eb.fn.sum<number>('return_lines.qty'), eb.lit(0)).as('units')])
    .where('returns.order_id', '=', orderId)
    .groupBy(['returns.id', 'returns.rma_number', 'orders.order_number', 'returns.status', 'returns.cancelled_at', 'returns.created_at'])
    .orderBy('returns.id', 'desc')
    .execute();
  return rows.map(({ cancelled_at, ...r }) => ({ ...r, status: cancelled_at ? 'cancelled' : r.status, units: Number(r.units) }));
}

/** A free RMA number: `RMA-000123`, counting on from the last return. */
async function nextRmaNumber(db: Db): Promise<string> {
  const last = await db.selectFrom('returns').select((eb) => eb.fn.max<number | null>('id').as('n')).executeTakeFirst();
  for (let n = Number(last?.n ?? 0) + 1; ; n++) {
    const candidate = `RMA-${String(n).padStart(6, '0')}`;
    if (!(await getReturn(db, candidate))) return candidate;
  }
}

export interface NewReturn extends Actor {
  orderId: number;
  rmaNumber?: string | null;
  reason?: string | null;
}

export async function createReturn(db: Db, input: NewReturn): Promise<string> {
  return writeTransaction(db, async (trx) => {
    const rma = input.rmaNumber ?? (await nextRmaNumber(trx));
    if (await getReturn(trx, rma)) throw new ConflictError(msg('errors-storage.returns.exists', { rma }), [rma]);
    await trx
      .insertInto('returns')
      .values({ rma_number: rma, order_id: input.orderId, reason: input.reason ?? null, status: 'open', created_by: input.userId ?? null, created_at: iso(input.at) })
      .execute();
    return rma;
  });
}

export interface ReturnOrderLineRow extends ReturnOrderLine {
  product_id: number;
  unit_price: number | null;
}

/** The order's lines with shipped units and units returned on any of its RMAs. */
export async function returnOrderLines(db: Db, orderId: number): Promise<ReturnOrderLineRow[]> {
  const lines = await db
    .selectFrom('order_lines')
    .innerJoin('products', 'products.id', 'order_lines.product_id')
    .select(['order_lines.id as order_line_id', 'order_lines.line_no', 'order_lines.product_id', 'order_lines.unit_price', 'products.sku', 'products.name', 'products.tracking', 'order_lines.shipped_qty as shipped'])
    .where('order_lines.order_id', '=', orderId)
    .orderBy('order_lines.line_no')
    .execute();
  const returned = await db
    .selectFrom('return_lines')
    .innerJoin('returns', 'returns.id', 'return_lines.return_id')
    .select(['return_lines.order_line_id', (eb) => eb.fn.sum<number>('return_lines.qty').as('n')])
    .where('returns.order_id', '=', orderId)
    .groupBy('return_lines.order_line_id')
    .execute();
  const byLine = new Map(returned.map((r) => [r.order_line_id, Number(r.n)]));
  return lines.map((l) => ({ ...l, returned: byLine.get(l.order_line_id) ?? 0 }));
}

export async function returnLines(db: Db, returnId: number): Promise<ReturnLineView[]> {
  return db
    .selectFrom('return_lines')
    .innerJoin('products', 'products.id', 'return_lines.product_id')
    .leftJoin('serials', 'serials.id', 'return_lines.serial_id')
    .leftJoin('warehouses', 'warehouses.id', 'return_lines.warehouse_id')
    .leftJoin('bins', 'bins.id', 'return_lines.bin_id')
    .select([
      'return_lines.id as line_id',
      'products.sku',
      'products.name',
      'serials.value as serial',
      'return_lines.qty',
      'return_lines.condition',
      'return_lines.disposition',
      'warehouses.code as warehouse',
      'bins.code as bin',
      'return_lines.credit_amount',
    ])
    .where('return_lines.return_id', '=', returnId)
    .orderBy('return_lines.id')
    .execute() as Promise<ReturnLineView[]>;
}

export interface SerialShipment {
  order_id: number;
  order_number: string;
  order_line_id: number;
  unit_price: number | null;
}

/** The last shipment of a serial (any order, or one order): which order line it went out on. */
export async function lastShipmentOfSerial(db: Db, serialId: number, orderId?: number): Promise<SerialShipment | undefined> {
  let q = db
    .selectFrom('packing_scans')
    .innerJoin('orders', 'orders.id', 'packing_scans.order_id')
    .innerJoin('order_lines', 'order_lines.id', 'packing_scans.order_line_id')
    .select(['orders.id as order_id', 'orders.order_number', 'packing_scans.order_line_id', 'order_lines.unit_price'])
    .where('packing_scans.serial_id', '=', serialId)
    .where('packing_scans.shipment_id', 'is not', null);
  if (orderId !== undefined) q = q.where('packing_scans.order_id', '=', orderId);
  return q.orderBy('packing_scans.id', 'desc').executeTakeFirst();
}

export interface ReturnUnitInput extends Actor {
  returnId: number;
  productId: number;
  orderLineId: number | null;
  qty: number;
  condition: ReturnCondition | null;
  creditAmount: number | null;
  /** A serial in the ledger coming back. */
  serialId?: number | null;
  /** A serial unknown to the ledger (validation off): added, quarantined until restocked. */
  newSerial?: string | null;
}

/** One returned unit: its RMA line, and its serial back from the customer (quarantined until put away). */
export async function recordReturnUnit(db: Db, input: ReturnUnitInput): Promise<number> {
  return writeTransaction(db, async (trx) => {
    const rma = await trx
      .selectFrom('returns')
      .innerJoin('orders', 'orders.id', 'returns.order_id')
      .select(['returns.id', 'returns.rma_number', 'returns.status', 'orders.order_number'])
      .where('returns.id', '=', input.returnId)
      .executeTakeFirst();
    if (!rma) throw new NotFoundError('return', String(input.returnId));
    if (rma.status !== 'open') throw new ConflictError(msg('errors-storage.returns.closed', { rma: rma.rma_number }));
    const at = input.at ?? new Date();
    let serialId = input.serialId ?? null;
    const document: DocumentRef = { type: 'return', id: rma.id, number: rma.rma_number };
    const event = { userId: input.userId ?? null, station: input.station ?? null, at, type: 'returned' as const, document, details: { order: rma.order_number, condition: input.condition } };
    if (serialId !== null) {
      await changeSerial(trx, serialId, { status: 'quarantined', warehouseId: null, binId: null, document }, event);
    } else if (input.newSerial) {
      serialId = await insertSerial(trx, { value: input.newSerial, productId: input.productId, status: 'quarantined', source: 'external', document }, event);
    }
    const { id } = await trx
      .insertInto('return_lines')
      .values({
        return_id: rma.id,
        product_id: input.productId,
        order_line_id: input.orderLineId,
        serial_id: serialId,
        qty: input.qty,
        condition: input.condition,
        credit_amount: input.creditAmount,
        created_at: iso(at),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  });
}

export interface PutAway {
  lineId: number;
  disposition: Disposition;
  warehouseId: number;
  binId: number | null;
}

/**
 * Puts every listed unit away in one transaction — restocked units back `in_stock` at their bin
 * (and on the stock count), quarantined ones kept out of stock at the quarantine location — each
 * serial with a `moved` event, then closes the RMA.
 */
export async function restockReturn(db: Db, returnId: number, putAway: PutAway[], actor: Actor): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const rma = await trx.selectFrom('returns').select(['id', 'rma_number', 'status']).where('id', '=', returnId).executeTakeFirst();
    if (!rma) throw new NotFoundError('return', String(returnId));
    if (rma.status !== 'open') throw new ConflictError(msg('errors-storage.returns.closed', { rma: rma.rma_number }));
    const at = actor.at ?? new Date();
    const document: DocumentRef = { type: 'return', id: rma.id, number: rma.rma_number };
    for (const p of putAway) {
      const line = await trx.selectFrom('return_lines').selectAll().where('id', '=', p.lineId).where('return_id', '=', rma.id).executeTakeFirst();
      if (!line) throw new NotFoundError('return line', String(p.lineId));
      if (line.disposition !== null) continue;
      await trx.updateTable('return_lines').set({ disposition: p.disposition, warehouse_id: p.warehouseId, bin_id: p.binId }).where('id', '=', line.id).execute();
      const warehouse = await getWarehouseById(trx, p.warehouseId);
      const bin = p.binId === null ? undefined : await getBinById(trx, p.binId);
      const to = locationText(warehouse?.code ?? null, bin?.code ?? null);
      if (line.serial_id !== null) {
        const status = p.disposition === 'restock' ? 'in_stock' : 'quarantined';
        await changeSerial(
          trx,
          line.serial_id,
          { status, warehouseId: p.warehouseId, binId: p.binId, document },
          { userId: actor.userId ?? null, station: actor.station ?? null, at, type: 'moved', document, details: { action: p.disposition, to, return_line_id: line.id } },
        );
      }
      if (p.disposition === 'restock') await adjustStock(trx, { productId: line.product_id, warehouseId: p.warehouseId, binId: p.binId, delta: line.qty });
    }
    await trx.updateTable('returns').set({ status: 'closed', closed_at: iso(at) }).where('id', '=', rma.id).execute();
  });
}
