import type { Kysely } from 'kysely';
import { withId } from './helpers';

/**
 * Packages and labels (issue 20).
 * - `packing_scans.package_no`: the package (1, 2, …) of the order's packing a unit went into.
 * - `orders.open_package_no`: the package items scanned now go into ("New package" / `PKG+`).
 * - `orders.labels`, `orders.ship_to`: labels and address an ERP sent with the order (REST), JSON;
 *   the labels are used instead of a label service, the address is sent to it.
 * - `packages.package_no`, `label_format` (`zpl`|`pdf`), `label_data` (base64): the shipped package's
 *   number in its shipment and its shipping label.
 * - `order_kit_replacements`: a kit component replaced on one order line by an allowed replacement
 *   (`shipping.kits.lookForReplacementItems`); at most one replacement per component and line.
 */
export const migration0014 = {
  version: 14,
  name: 'packages-labels',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('packing_scans').addColumn('package_no', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('orders').addColumn('open_package_no', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('orders').addColumn('labels', 'text').execute();
    await db.schema.alterTable('orders').addColumn('ship_to', 'text').execute();
    await db.schema.alterTable('packages').addColumn('package_no', 'integer').execute();
    await db.schema.alterTable('packages').addColumn('label_format', 'text').execute();
    await db.schema.alterTable('packages').addColumn('label_data', 'text').execute();
    await withId(db, db.schema.createTable('order_kit_replacements'))
      .addColumn('order_line_id', 'integer', (c) => c.notNull().references('order_lines.id').onDelete('cascade'))
      .addColumn('component_id', 'integer', (c) => c.notNull().references('products.id'))
      .addColumn('replacement_id', 'integer', (c) => c.notNull().references('products.id'))
      .addUniqueConstraint('order_kit_replacements_line_component', ['order_line_id', 'component_id'])
      .execute();
  },
};
