import type { Kysely } from 'kysely';

/**
 * Packages and labels (issue 20).
 * - `packing_scans.package_no`: the package (1, 2, …) of the order's packing a unit went into.
 * - `orders.open_package_no`: the package items scanned now go into ("New package" / `PKG+`).
 * - `orders.labels`, `orders.ship_to`: labels and address an ERP sent with the order (REST), JSON;
 *   the labels are used instead of a label service, the address is sent to it.
 * - `packages.package_no`, `label_format` (`zpl`|`pdf`), `label_data` (base64): the shipped package's
 *   number in its shipment and its shipping label.
 */
export const migration0015 = {
  version: 15,
  name: 'packages-labels',
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('packing_scans').addColumn('package_no', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('orders').addColumn('open_package_no', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    await db.schema.alterTable('orders').addColumn('labels', 'text').execute();
    await db.schema.alterTable('orders').addColumn('ship_to', 'text').execute();
    await db.schema.alterTable('packages').addColumn('package_no', 'integer').execute();
    await db.schema.alterTable('packages').addColumn('label_format', 'text').execute();
    await db.schema.alterTable('packages').addColumn('label_data', 'text').execute();
  },
};
