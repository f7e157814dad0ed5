import type { MeasuredPackage } from '../../../shared/workflows/shipping';
import type { Db } from '../schema';

/**
 * Packages weighed at the bench before their order ships (migration 16): written as each one is
 * closed, read back by the order's package step, deleted when the order ships.
 */
export async function saveMeasure(
  db: Db,
  orderId: number,
  pkg: MeasuredPackage,
  at: { packingKey: string; readAt: string | null; station: string; now: string },
): Promise<void> {
  await db.deleteFrom('order_package_measures').where('order_id', '=', orderId).where('package_no', '=', pkg.package_no).execute();
  await db
    .insertInto('order_package_measures')
    .values({
      order_id: orderId,
      package_no: pkg.package_no,
      packing_key: at.packingKey,
      weight_grams: pkg.weight_grams,
      length_mm: pkg.dims_mm?.length ?? null,
      width_mm: pkg.dims_mm?.width ?? null,
      height_mm: pkg.dims_mm?.height ?? null,
      tracking_number: pkg.tracking_number,
      read_at: at.readAt,
      station: at.station,
      measured_at: at.now,
    })
    .execute();
}

/** The packages of `orderId` weighed while its packing was `packingKey` (rows of another packing are stale). */
export async function loadMeasures(db: Db, orderId: number, packingKey: string): Promise<MeasuredPackage[]> {
  const rows = await db
    .selectFrom('order_package_measures')
    .select(['package_no', 'weight_grams', 'length_mm', 'width_mm', 'height_mm', 'tracking_number'])
    .where('order_id', '=', orderId)
    .where('packing_key', '=', packingKey)
    .orderBy('package_no')
    .execute();
  return rows.map((r) => ({
    package_no: r.package_no,
    weight_grams: r.weight_grams,
    dims_mm: r.length_mm !== null && r.width_mm !== null && r.height_mm !== null ? { length: r.length_mm, width: r.width_mm, height: r.height_mm } : null,
    tracking_number: r.tracking_number,
  }));
}

/** The order shipped (all or part of it): its weighed packages went with it. */
export async function clearMeasures(db: Db, orderId: number): Promise<void> {
  await db.deleteFrom('order_package_measures').where('order_id', '=', orderId).execute();
}

/** The last package weighed at this station and not shipped yet, and when the scale read it. */
export async function lastMeasure(db: Db, station: string): Promise<{ grams: number; received_at: string } | null> {
  const row = await db
    .selectFrom('order_package_measures')
    .select(['weight_grams', 'read_at', 'measured_at'])
    .where('station', '=', station)
    .where('weight_grams', 'is not', null)
    .orderBy('measured_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && row.weight_grams !== null ? { grams: row.weight_grams, received_at: row.read_at ?? row.measured_at } : null;
}
