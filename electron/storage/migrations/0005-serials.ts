import { sql, type Kysely } from 'kysely';
import {
  POOL_MODES,
  PRODUCT_CODE_SCHEMAS,
  SERIAL_EVENT_TYPES,
  SERIAL_SOURCES,
  SERIAL_STATUSES,
} from '../../../shared/domain/types';
import { dialectOf } from '../dialect';
import { oneOf, positive, withId } from './helpers';

/** Serial pools and batches, serials, the append-only serial ledger, packing scans, settings. */
export const migration0005 = {
  version: 5,
  name: 'serials',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('storage_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable('serial_pools'))
      .addColumn('product_id', 'integer', (c) => c.notNull().unique().references('products.id'))
      .addColumn('product_code', 'text', (c) => c.notNull())
      .addColumn('code_schema', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('limit_count', 'integer', (c) => c.notNull().defaultTo(1000))
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('serial_length', 'integer', (c) => c.notNull().defaultTo(10))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addCheckConstraint('serial_pools_code_schema', oneOf('code_schema', PRODUCT_CODE_SCHEMAS))
      .addCheckConstraint('serial_pools_mode', oneOf('mode', POOL_MODES))
      .addCheckConstraint('serial_pools_limit', positive('limit_count'))
      .execute();
    await db.schema.createIndex('serial_pools_product_code').on('serial_pools').column('product_code').execute();

    await withId(db, db.schema.createTable('serial_batches'))
      .addColumn('pool_id', 'integer', (c) => c.notNull().references('serial_pools.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('serial_batches_pool_name', ['pool_id', 'name'])
      .execute();

    await withId(db, db.schema.createTable('serials'))
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('value_fold', 'text', (c) => c.notNull())
      // Uniqueness is the database's job: see shared/domain/serial-key.ts for how the key is built.
      .addColumn('unique_key', 'text', (c) => c.unique())
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('warehouse_id', 'integer', (c) => c.references('warehouses.id'))
      .addColumn('bin_id', 'integer', (c) => c.references('bins.id'))
      .addColumn('document_type', 'text')
      .addColumn('document_id', 'integer')
      .addColumn('pool_id', 'integer', (c) => c.references('serial_pools.id'))
      .addColumn('batch_id', 'integer', (c) => c.references('serial_batches.id'))
      .addColumn('lot', 'text')
      .addColumn('expiry', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('unit_cost', 'real')
      .addColumn('received_po_line_id', 'integer', (c) => c.references('po_lines.id'))
      .addColumn('received_session_id', 'integer', (c) => c.references('receiving_sessions.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('serials_status', oneOf('status', SERIAL_STATUSES))
      .addCheckConstraint('serials_source', oneOf('source', SERIAL_SOURCES))
      // A deleted serial frees its value; any other status holds it.
      .addCheckConstraint('serials_key_when_live', sql`(status = 'deleted') = (unique_key is null)`)
      .execute();
    // Status lookup by scanned value (either case mode): one index probe.
    await db.schema.createIndex('serials_value_fold').on('serials').column('value_fold').execute();
    // Stock by product / warehouse / bin.
    await db.schema
      .createIndex('serials_stock')
      .on('serials')
      .columns(['product_id', 'status', 'warehouse_id', 'bin_id'])
      .execute();
    await db.schema
      .createIndex('serials_received_line')
      .on('serials')
      .column('received_po_line_id')
      .where('received_po_line_id', 'is not', null)
      .execute();
    await db.schema
      .createIndex('serials_pool')
      .on('serials')
      .columns(['pool_id', 'status'])
      .where('pool_id', 'is not', null)
      .execute();

    await withId(db, db.schema.createTable('serial_events'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('serial_id', 'integer', (c) => c.notNull().references('serials.id'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('document_type', 'text')
      .addColumn('document_id', 'integer')
      .addColumn('document_number', 'text')
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('station', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('details', 'text')
      .addCheckConstraint('serial_events_type', oneOf('type', SERIAL_EVENT_TYPES))
      .execute();
    await db.schema.createIndex('serial_events_serial').on('serial_events').column('serial_id').execute();
    await db.schema
      .createIndex('serial_events_document')
      .on('serial_events')
      .columns(['document_type', 'document_id'])
      .execute();

    if (dialectOf(db) === 'sqlite') {
      // SQLite-specific: the ledger is append-only, enforced below the application.
      // (PostgreSQL would use a trigger function or revoked UPDATE/DELETE privileges.)
      for (const op of ['update', 'delete']) {
        await sql
          .raw(
            `create trigger serial_events_no_${op} before ${op} on serial_events ` +
              `begin select raise(abort, 'serial_events is append-only'); end`,
          )
          .execute(db);
      }
    }

    await withId(db, db.schema.createTable('packing_scans'))
      .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id'))
      .addColumn('order_line_id', 'integer', (c) => c.notNull().references('order_lines.id'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('serial_id', 'integer', (c) => c.references('serials.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('station', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('shipment_id', 'integer', (c) => c.references('shipments.id'))
      .addCheckConstraint('packing_scans_qty', positive('qty'))
      .execute();
    await db.schema.createIndex('packing_scans_order').on('packing_scans').column('order_id').execute();
    await db.schema.createIndex('packing_scans_serial').on('packing_scans').column('serial_id').execute();
  },
};
