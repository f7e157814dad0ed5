import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';
import { withId } from './helpers';

/**
 * Packages weighed before their order ships (issue 20): at the bench, package k < n of an order is
 * weighed, measured and tracked while the packer goes on with package k+1. `order_package_measures`
 * keeps each one as it is closed, so a station restart or a reloaded window does not lose it.
 * - `packing_key`: the order's unshipped packing when it was weighed (`unshippedScanIds`); a row
 *   whose key no longer matches is stale (the packing changed) and is not used.
 * - `read_at`: when the scale read the weight; `station`: where (the next package's weight rule).
 * The rows of an order are deleted when it ships.
 * PostgreSQL: the change trigger of migration 13, so other stations' wizards see a package weighed.
 */
export const migration0016 = {
  version: 16,
  name: 'package-measures',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('order_package_measures'))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('package_no', 'integer', (c) => c.notNull())
      .addColumn('packing_key', 'text', (c) => c.notNull())
      .addColumn('weight_grams', 'real')
      .addColumn('length_mm', 'real')
      .addColumn('width_mm', 'real')
      .addColumn('height_mm', 'real')
      .addColumn('tracking_number', 'text')
      .addColumn('read_at', 'text')
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('measured_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('order_package_measures_order_package', ['order_id', 'package_no'])
      .execute();
    if (dialectOf(db) === 'postgres') {
      await sql`create trigger order_package_measures_notify after insert or update or delete on order_package_measures
        for each statement execute function scanbay_notify_change()`.execute(db);
    }
  },
};
