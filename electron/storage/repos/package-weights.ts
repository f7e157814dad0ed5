import type { PackedItemWeight } from '../../../shared/workflows/expected-weight';
import type { Db } from '../schema';

/** The units packed into an order's open box (not shipped yet), per product, with catalog weights. */
export async function packedItemWeights(db: Db, orderId: number, packageNo?: number): Promise<PackedItemWeight[]> {
  let q = db
    .selectFrom('packing_scans')
    .innerJoin('products', 'products.id', 'packing_scans.product_id')
    .select(['products.sku', 'products.weight_grams'])
    .select((eb) => eb.fn.sum<number | string>('packing_scans.qty').as('qty'))
    .where('packing_scans.order_id', '=', orderId)
    .where('packing_scans.shipment_id', 'is', null);
  // One package of several: only what went into it.
  if (packageNo !== undefined) q = q.where('packing_scans.package_no', '=', packageNo);
  const rows = await q.groupBy(['products.id', 'products.sku', 'products.weight_grams']).orderBy('products.sku').execute();
  return rows.map((r) => ({ sku: r.sku, qty: Number(r.qty), weight_grams: r.weight_grams }));
}

/** The last weighed package shipped from this station, and when: the weight the next package must differ from. */
export async function lastWeighedPackage(db: Db, station: string): Promise<{ grams: number; received_at: string } | null> {
  const row = await db
    .selectFrom('packages')
    .innerJoin('shipments', 'shipments.id', 'packages.shipment_id')
    .select(['packages.weight_grams', 'shipments.shipped_at'])
    .where('shipments.station', '=', station)
    .where('packages.weight_grams', 'is not', null)
    .orderBy('packages.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.weight_grams !== null ? { grams: row.weight_grams, received_at: row.shipped_at } : null;
}
