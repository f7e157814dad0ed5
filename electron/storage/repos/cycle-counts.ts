import type { Db } from '../schema';
import { iso } from '../time';

/** Cycle counts in progress: what has been scanned so far at one location, durable per scan. */

export interface OpenCount {
  id: number;
  pending: { productId: number; sku: string } | null;
  serials: { key: string; productId: number; sku: string; value: string; serialId: number | null }[];
  units: { productId: number; sku: string; qty: number }[];
}

export async function findOpenCount(db: Db, locationKey: string): Promise<OpenCount | null> {
  const count = await db
    .selectFrom('cycle_counts as c')
    .leftJoin('products as p', 'p.id', 'c.pending_product_id')
    .select(['c.id', 'c.pending_product_id', 'p.sku'])
    .where('c.location_key', '=', locationKey)
    .executeTakeFirst();
  if (!count) return null;
  const lines = await db
    .selectFrom('cycle_count_lines as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .select(['l.product_id', 'p.sku', 'l.serial_key', 'l.serial_value', 'l.serial_id', 'l.qty'])
    .where('l.count_id', '=', count.id)
    .orderBy('l.id')
    .execute();
  const open: OpenCount = {
    id: count.id,
    pending: count.pending_product_id !== null && count.sku !== null ? { productId: count.pending_product_id, sku: count.sku } : null,
    serials: [],
    units: [],
  };
  for (const l of lines) {
    if (l.serial_key !== null) open.serials.push({ key: l.serial_key, productId: l.product_id, sku: l.sku, value: l.serial_value ?? '', serialId: l.serial_id });
    else open.units.push({ productId: l.product_id, sku: l.sku, qty: l.qty });
  }
  return open;
}

export async function createCount(db: Db, c: { locationKey: string; warehouseId: number; binId: number | null; at?: Date }): Promise<number> {
  const row = await db
    .insertInto('cycle_counts')
    .values({ location_key: c.locationKey, warehouse_id: c.warehouseId, bin_id: c.binId, started_at: iso(c.at) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setCountPending(db: Db, countId: number, productId: number | null): Promise<void> {
  await db.updateTable('cycle_counts').set({ pending_product_id: productId }).where('id', '=', countId).execute();
}

export async function addCountedSerial(db: Db, countId: number, s: { key: string; productId: number; value: string; serialId: number | null }): Promise<void> {
  await db
    .insertInto('cycle_count_lines')
    .values({ count_id: countId, product_id: s.productId, serial_key: s.key, serial_value: s.value, serial_id: s.serialId })
    .execute();
}

/** `qty` more units (default one) of a product without serials; returns how many are counted now. */
export async function addCountedUnit(db: Db, countId: number, productId: number, qty = 1): Promise<number> {
  const line = await db
    .updateTable('cycle_count_lines')
    .set((eb) => ({ qty: eb('qty', '+', qty) }))
    .where('count_id', '=', countId)
    .where('product_id', '=', productId)
    .where('serial_key', 'is', null)
    .returning('qty')
    .executeTakeFirst();
  if (line) return line.qty;
  await db.insertInto('cycle_count_lines').values({ count_id: countId, product_id: productId, qty }).execute();
  return qty;
}

/** Ends a count (its lines go with it). */
export async function deleteCount(db: Db, countId: number): Promise<void> {
  await db.deleteFrom('cycle_count_lines').where('count_id', '=', countId).execute();
  await db.deleteFrom('cycle_counts').where('id', '=', countId).execute();
}
