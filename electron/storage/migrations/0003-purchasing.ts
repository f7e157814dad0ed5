import type { Kysely } from 'kysely';
import { PO_STATUSES, SESSION_STATUSES } from '../../../shared/domain/types';
import { notNegative, oneOf, positive, withId } from './helpers';

/** Purchase orders, their lines and expected serials, and receiving sessions with per-line quantities. */
export const migration0003 = {
  version: 3,
  name: 'purchasing',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('purchase_orders'))
      .addColumn('po_number', 'text', (c) => c.notNull().unique())
      .addColumn('vendor_id', 'integer', (c) => c.notNull().references('vendors.id'))
      .addColumn('warehouse_id', 'integer', (c) => c.references('warehouses.id'))
      .addColumn('vendor_invoice', 'text')
      .addColumn('tracking_number', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('ordered_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('purchase_orders_status', oneOf('status', PO_STATUSES))
      .execute();
    // Finding a PO by what the dock worker has in hand: the invoice or the parcel's tracking number.
    await db.schema.createIndex('purchase_orders_vendor_invoice').on('purchase_orders').column('vendor_invoice').execute();
    await db.schema.createIndex('purchase_orders_tracking_number').on('purchase_orders').column('tracking_number').execute();
    await db.schema.createIndex('purchase_orders_status').on('purchase_orders').column('status').execute();

    await withId(db, db.schema.createTable('po_lines'))
      .addColumn('po_id', 'integer', (c) => c.notNull().references('purchase_orders.id').onDelete('cascade'))
      .addColumn('line_no', 'integer', (c) => c.notNull())
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addColumn('unit_cost', 'real')
      .addColumn('received_qty', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('po_lines_po_line_no', ['po_id', 'line_no'])
      .addCheckConstraint('po_lines_qty', positive('qty'))
      .addCheckConstraint('po_lines_received_qty', notNegative('received_qty'))
      .execute();
    // "Open POs containing this product" after a product scan.
    await db.schema.createIndex('po_lines_product').on('po_lines').column('product_id').execute();

    await withId(db, db.schema.createTable('po_expected_serials'))
      .addColumn('po_line_id', 'integer', (c) => c.notNull().references('po_lines.id').onDelete('cascade'))
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('value_fold', 'text', (c) => c.notNull())
      .addUniqueConstraint('po_expected_serials_line_value', ['po_line_id', 'value'])
      .execute();
    await db.schema.createIndex('po_expected_serials_fold').on('po_expected_serials').column('value_fold').execute();

    await withId(db, db.schema.createTable('receiving_sessions'))
      .addColumn('po_id', 'integer', (c) => c.notNull().references('purchase_orders.id'))
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('received_by', 'integer', (c) => c.references('users.id'))
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('opened_at', 'text', (c) => c.notNull())
      .addColumn('closed_at', 'text')
      .addCheckConstraint('receiving_sessions_status', oneOf('status', SESSION_STATUSES))
      .execute();
    await db.schema.createIndex('receiving_sessions_po').on('receiving_sessions').columns(['po_id', 'status']).execute();

    await withId(db, db.schema.createTable('receiving_session_lines'))
      .addColumn('session_id', 'integer', (c) => c.notNull().references('receiving_sessions.id'))
      .addColumn('po_line_id', 'integer', (c) => c.notNull().references('po_lines.id'))
      .addColumn('qty', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('receiving_session_lines_session_line', ['session_id', 'po_line_id'])
      .addCheckConstraint('receiving_session_lines_qty', notNegative('qty'))
      .execute();
  },
};
