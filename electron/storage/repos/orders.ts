import type { OrderStatus } from '../../../shared/domain/types';
import type { OrderLineView, OrderView } from '../../../shared/domain/views';
import type { Db } from '../schema';

/** Order reads: an order with its lines, scanned/shipped counts and serials. */

/** The lines of an order in line order, with their product and the product a replacement took the place of. */
export function orderLinesQuery(db: Db, orderId: number) {
  return db
    .selectFrom('order_lines')
    .innerJoin('products', 'products.id', 'order_lines.product_id')
    .leftJoin('products as replaced', 'replaced.id', 'order_lines.replaced_from_product_id')
    .where('order_lines.order_id', '=', orderId)
    .orderBy('order_lines.line_no');
}

export async function getOrderLines(db: Db, orderId: number): Promise<OrderLineView[]> {
  const lines = await orderLinesQuery(db, orderId)
    .select([
      'order_lines.id',
      'order_lines.line_no',
      'order_lines.product_id',
      'products.sku',
      'products.name',
      'products.tracking',
      'order_lines.qty',
      'order_lines.unit_price',
      'order_lines.scanned_qty',
      'order_lines.shipped_qty',
      'replaced.sku as replaced_from',
    ])
    .execute();
  const byLine = new Map<number, OrderLineView>();
  for (const l of lines) byLine.set(l.id, { ...l, serials: [] });
  const scanned = await db
    .selectFrom('packing_scans')
    .innerJoin('serials', 'serials.id', 'packing_scans.serial_id')
    .select(['packing_scans.order_line_id', 'serials.value'])
    .where('packing_scans.order_id', '=', orderId)
    .orderBy('packing_scans.id')
    .execute();
  for (const s of scanned) byLine.get(s.order_line_id)?.serials.push(s.value);
  return [...byLine.values()];
}

function headers(db: Db) {
  return db
    .selectFrom('orders')
    .leftJoin('warehouses', 'warehouses.id', 'orders.warehouse_id')
    .select([
      'orders.id',
      'orders.order_number',
      'warehouses.code as warehouse',
      'orders.status',
      'orders.picked',
      'orders.confirmed',
    ]);
}

type Header = Awaited<ReturnType<ReturnType<typeof headers>['executeTakeFirstOrThrow']>>;

async function withLines(db: Db, h: Header): Promise<OrderView> {
  return { ...h, picked: h.picked === 1, confirmed: h.confirmed === 1, lines: await getOrderLines(db, h.id) };
}

export async function getOrder(db: Db, orderNumber: string): Promise<OrderView | undefined> {
  const h = await headers(db).where('orders.order_number', '=', orderNumber).executeTakeFirst();
  return h && withLines(db, h);
}

export async function getOrderById(db: Db, id: number): Promise<OrderView | undefined> {
  const h = await headers(db).where('orders.id', '=', id).executeTakeFirst();
  return h && withLines(db, h);
}

export interface OrderSummary {
  id: number;
  order_number: string;
  status: OrderStatus;
  picked: boolean;
  confirmed: boolean;
}

/** Orders not yet shipped, oldest first. */
export async function listOpenOrders(
  db: Db,
  opts: { onlyPicked?: boolean; onlyConfirmed?: boolean; limit?: number } = {},
): Promise<OrderSummary[]> {
  let q = db
    .selectFrom('orders')
    .select(['id', 'order_number', 'status', 'picked', 'confirmed'])
    .where('status', 'in', ['open', 'in_progress']);
  if (opts.onlyPicked) q = q.where('picked', '=', 1);
  if (opts.onlyConfirmed) q = q.where('confirmed', '=', 1);
  const rows = await q.orderBy('id').limit(opts.limit ?? 500).execute();
  return rows.map((r) => ({ ...r, picked: r.picked === 1, confirmed: r.confirmed === 1 }));
}

/** Open orders holding this serial in a packing scan that has not shipped ("not in another open order"). */
export async function openOrdersHoldingSerial(db: Db, serialId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('packing_scans')
    .innerJoin('orders', 'orders.id', 'packing_scans.order_id')
    .select('orders.order_number')
    .where('packing_scans.serial_id', '=', serialId)
    .where('packing_scans.shipment_id', 'is', null)
    .where('orders.status', 'in', ['open', 'in_progress'])
    .execute();
  return rows.map((r) => r.order_number);
}
