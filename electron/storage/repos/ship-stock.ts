import type { Db } from '../schema';
import { recordAudit } from './audit-log';
import { appendSerialEvent } from './serials';
import { adjustStock } from './stock';

/**
 * Stock as an order ships (shipOrder). On hand must stay equal to the serials in stock at each
 * location and never drop below zero (unless `stock.allowNegative`): a unit that ships without
 * being on hand was here unrecorded, and the adjustment that explains it is recorded first.
 */

export interface ShipFound {
  userId: number | null;
  station: string;
  at: Date;
  order: string;
  orderId?: number;
  allowNegative: boolean;
}

/**
 * A serial-tracked unit the ledger never had on hand here (an override of a serial never received,
 * or one quarantined or shipped before): the ledger records it as found at shipping before it
 * ships; other serials' stock is not touched.
 */
export async function foundAtShipping(db: Db, serialId: number, productId: number, was: string, found: ShipFound): Promise<void> {
  await appendSerialEvent(db, serialId, productId, {
    userId: found.userId,
    station: found.station,
    at: found.at,
    type: 'adjusted',
    document: { type: 'order', id: found.orderId ?? null, number: found.order },
    details: { action: 'found_at_shipping', was, reason: 'shipped without being on hand (serial override)' },
  });
}

/**
 * Unserialized units leave from the warehouse's bins that hold them, first bin first. Units beyond
 * what is on hand were here unrecorded (a replacement shipped from zero stock): unless
 * `stock.allowNegative`, the adjustment that explains them is audited and on hand stays at zero.
 */
export async function takeFromStock(
  db: Db,
  productId: number,
  warehouseId: number,
  qty: number,
  found: ShipFound,
): Promise<void> {
  let left = qty;
  const rows = await db
    .selectFrom('stock')
    .select(['bin_key', 'qty'])
    .where('product_id', '=', productId)
    .where('warehouse_id', '=', warehouseId)
    .where('qty', '>', 0)
    .orderBy('bin_key')
    .execute();
  for (const row of rows) {
    if (left === 0) break;
    const take = Math.min(left, row.qty);
    await adjustStock(db, { productId, warehouseId, binId: row.bin_key === 0 ? null : row.bin_key, delta: -take });
    left -= take;
  }
  if (left === 0) return;
  if (found.allowNegative) {
    await adjustStock(db, { productId, warehouseId, binId: null, delta: -left });
    return;
  }
  const product = await db.selectFrom('products').select('sku').where('id', '=', productId).executeTakeFirstOrThrow();
  const warehouse = await db.selectFrom('warehouses').select('code').where('id', '=', warehouseId).executeTakeFirstOrThrow();
  await recordAudit(db, {
    at: found.at,
    userId: found.userId,
    station: found.station,
    action: 'stock.adjust',
    subject: product.sku,
    reason: `shipped on ${found.order} without being on hand: found at shipping`,
    details: { location: warehouse.code, delta: left, then_shipped: left },
  });
}
