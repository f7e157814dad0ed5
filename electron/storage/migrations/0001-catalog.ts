import type { Kysely } from 'kysely';
import { TRACKING_TYPES } from '../../../shared/domain/types';
import { isFlag, oneOf, positive, withId } from './helpers';

/** Products (with aliases, kit components, replacements), vendors, warehouses, bins and stock. */
export const migration0001 = {
  version: 1,
  name: 'catalog',
  async up(db: Kysely<any>): Promise<void> {
    await withId(db, db.schema.createTable('products'))
      .addColumn('sku', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('gtin', 'text', (c) => c.unique())
      .addColumn('upc', 'text')
      .addColumn('tracking', 'text', (c) => c.notNull())
      .addColumn('serial_length', 'integer')
      .addColumn('serial_min_length', 'integer')
      .addColumn('serial_max_length', 'integer')
      .addColumn('serial_pattern', 'text')
      .addColumn('requires_serial_scan', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('weight_grams', 'real')
      .addColumn('length_mm', 'real')
      .addColumn('width_mm', 'real')
      .addColumn('height_mm', 'real')
      .addColumn('expirable', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('unit_cost', 'real')
      .addColumn('avg_cost', 'real')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addCheckConstraint('products_tracking', oneOf('tracking', TRACKING_TYPES))
      .addCheckConstraint('products_requires_serial_scan', isFlag('requires_serial_scan'))
      .addCheckConstraint('products_expirable', isFlag('expirable'))
      .execute();
    await db.schema.createIndex('products_upc').on('products').column('upc').execute();

    await withId(db, db.schema.createTable('product_aliases'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('alias', 'text', (c) => c.notNull().unique())
      .execute();
    await db.schema.createIndex('product_aliases_product').on('product_aliases').column('product_id').execute();

    await withId(db, db.schema.createTable('kit_components'))
      .addColumn('parent_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('component_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('qty', 'integer', (c) => c.notNull())
      .addColumn('is_main', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('kit_components_parent_component', ['parent_id', 'component_id'])
      .addCheckConstraint('kit_components_qty', positive('qty'))
      .addCheckConstraint('kit_components_is_main', isFlag('is_main'))
      .execute();

    await db.schema
      .createTable('product_replacements')
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id').onDelete('cascade'))
      .addColumn('replacement_id', 'integer', (c) => c.notNull().references('products.id'))
      .addPrimaryKeyConstraint('product_replacements_pk', ['product_id', 'replacement_id'])
      .execute();

    await withId(db, db.schema.createTable('vendors'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable('warehouses'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db, db.schema.createTable('bins'))
      .addColumn('warehouse_id', 'integer', (c) => c.notNull().references('warehouses.id'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addUniqueConstraint('bins_warehouse_code', ['warehouse_id', 'code'])
      .execute();

    await withId(db, db.schema.createTable('stock'))
      .addColumn('product_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('warehouse_id', 'integer', (c) => c.notNull().references('warehouses.id'))
      .addColumn('bin_key', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('qty', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('stock_location', ['product_id', 'warehouse_id', 'bin_key'])
      .execute();
  },
};

