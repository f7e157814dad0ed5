import { sql, type Kysely } from 'kysely';
import { positive, withId } from './helpers';

/**
 * Cycle counts in progress, kept in the database as they are scanned: a count interrupted by a
 * restart or a crash goes on where it stopped. A count's rows are deleted when it is finished
 * (its differences are then in the serial ledger) or cancelled.
 */
export const migration0010 = {
  version: 10,
  name: 'cycle-counts',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('cycle_counts'))
      .addColumn('location_key', 'text', (c) => c.notNull().unique())
      .addColumn('warehouse_id', 'integer', (c) => c.notNull().references('warehouses.id'))
      .addColumn('bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('pending_product_id', 'integer', (c) => c.references('products.id'))
      .addColumn('started_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable('cycle_count_lines'))
      .addColumn('count_id', 'integer', (c) => c.notNull().references('cycle_counts.id').onDelete('cascade'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      // A counted serial: its key (product + value, folded when serials are case-insensitive).
      .addColumn('serial_key', 'text')
      .addColumn('serial_value', 'text')
      .addColumn('serial_id', 'integer', (c) => c.references('serials.id'))
      .addColumn('qty', 'integer', (c) => c.notNull().defaultTo(1))
      .addCheckConstraint('cycle_count_lines_qty', positive('qty'))
      .execute();
    await db.schema.createIndex('cycle_count_lines_serial').unique().on('cycle_count_lines').columns(['count_id', 'serial_key']).where(sql.ref('serial_key'), 'is not', null).execute();
    await db.schema.createIndex('cycle_count_lines_units').unique().on('cycle_count_lines').columns(['count_id', 'product_id']).where(sql.ref('serial_key'), 'is', null).execute();
  },
};
