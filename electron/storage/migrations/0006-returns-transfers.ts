import type { Kysely } from 'kysely';
import { RETURN_DISPOSITIONS } from '../../../shared/domain/types';
import { isFlag, oneOf, positive, withId } from './helpers';

/** Returns (RMA) with lines per unit, and transfers between bins, warehouses or SKUs. */
export const migration0006 = {
  version: 6,
  name: 'returns-transfers',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('returns'))
      .addColumn('rma_number', 'text', (c) => c.notNull().unique())
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
      .addColumn('reason', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .addCheckConstraint('returns_status', oneOf('status', ['open', 'closed']))
      .execute();
    await db.schema.createIndex('returns_order').on('returns').column('order_id').execute();

    await withId(db, db.schema.createTable('return_lines'))
      .addColumn('return_id', 'integer', (c) => c.notNull().references('returns.id').onDelete('cascade'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('order_line_id', 'integer', (c) => c.references('order_lines.id'))
      .addColumn('serial_id', 'integer', (c) => c.references('serials.id'))
      .addColumn('qty', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('condition', 'text')
      .addColumn('disposition', 'text')
      .addColumn('warehouse_id', 'integer', (c) => c.references('warehouses.id'))
      .addColumn('bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('credit_amount', 'real')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('return_lines_qty', positive('qty'))
      .addCheckConstraint('return_lines_disposition', oneOf('disposition', RETURN_DISPOSITIONS))
      .execute();
    await db.schema.createIndex('return_lines_return').on('return_lines').column('return_id').execute();

    await withId(db, db.schema.createTable('transfers'))
      .addColumn('transfer_number', 'text', (c) => c.notNull().unique())
      .addColumn('from_warehouse_id', 'integer', (c) => c.notNull().references('warehouses.id'))
      .addColumn('from_bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('to_warehouse_id', 'integer', (c) => c.notNull().references('warehouses.id'))
      .addColumn('to_bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('one_way', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .addCheckConstraint('transfers_status', oneOf('status', ['open', 'in_transit', 'completed', 'cancelled']))
      .addCheckConstraint('transfers_one_way', isFlag('one_way'))
      .execute();

    await withId(db, db.schema.createTable('transfer_lines'))
      .addColumn('transfer_id', 'integer', (c) => c.notNull().references('transfers.id').onDelete('cascade'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('to_product_id', 'integer', (c) => c.references('products.id'))
      .addColumn('serial_id', 'integer', (c) => c.references('serials.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addCheckConstraint('transfer_lines_qty', positive('qty'))
      .execute();
    await db.schema.createIndex('transfer_lines_transfer').on('transfer_lines').column('transfer_id').execute();
  },
};
