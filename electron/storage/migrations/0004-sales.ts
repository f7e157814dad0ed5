import type { Kysely } from 'kysely';
import { ORDER_STATUSES } from '../../../shared/domain/types';
import { isFlag, notNegative, oneOf, positive, withId } from './helpers';

/** Sales orders and their lines, shipments with packages and shipped quantities. */
export const migration0004 = {
  version: 4,
  name: 'sales',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('orders'))
      .addColumn('order_number', 'text', (c) => c.notNull().unique())
      .addColumn('warehouse_id', 'integer', (c) => c.references('warehouses.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('picked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('orders_status', oneOf('status', ORDER_STATUSES))
      .addCheckConstraint('orders_picked', isFlag('picked'))
      .addCheckConstraint('orders_confirmed', isFlag('confirmed'))
      .execute();
    await db.schema.createIndex('orders_status').on('orders').column('status').execute();

    await withId(db, db.schema.createTable('order_lines'))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id').onDelete('cascade'))
      .addColumn('line_no', 'integer', (c) => c.notNull())
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addColumn('unit_price', 'real')
      .addColumn('scanned_qty', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('shipped_qty', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('replaced_from_product_id', 'integer', (c) => c.references('products.id'))
      .addUniqueConstraint('order_lines_order_line_no', ['order_id', 'line_no'])
      .addCheckConstraint('order_lines_qty', positive('qty'))
      .addCheckConstraint('order_lines_scanned_qty', notNegative('scanned_qty'))
      .addCheckConstraint('order_lines_shipped_qty', notNegative('shipped_qty'))
      .execute();
    await db.schema.createIndex('order_lines_product').on('order_lines').column('product_id').execute();

    await withId(db, db.schema.createTable('shipments'))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
      .addColumn('packed_by', 'integer', (c) => c.references('users.id'))
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('shipped_at', 'text', (c) => c.notNull())
      .addColumn('tracking_number', 'text')
      .execute();
    await db.schema.createIndex('shipments_order').on('shipments').column('order_id').execute();

    await withId(db, db.schema.createTable('packages'))
      .addColumn('shipment_id', 'integer', (c) => c.notNull().references('shipments.id'))
      .addColumn('weight_grams', 'real')
      .addColumn('length_mm', 'real')
      .addColumn('width_mm', 'real')
      .addColumn('height_mm', 'real')
      .addColumn('tracking_number', 'text')
      .execute();
    await db.schema.createIndex('packages_shipment').on('packages').column('shipment_id').execute();

    await withId(db, db.schema.createTable('shipment_lines'))
      .addColumn('shipment_id', 'integer', (c) => c.notNull().references('shipments.id'))
      .addColumn('order_line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addCheckConstraint('shipment_lines_qty', positive('qty'))
      .execute();
    await db.schema.createIndex('shipment_lines_shipment').on('shipment_lines').column('shipment_id').execute();
  },
};
