/**
 * Which tables tell other stations that something changed (PostgreSQL NOTIFY from migration 13),
 * and what a screen showing them should reload. Fixed here because migration 13 creates the
 * triggers from this list: a table added later gets its trigger in its own migration.
 */
export const CHANGE_CHANNEL = 'scanbay_changes';

export type ChangeArea = 'documents' | 'stock' | 'pools' | 'options';

export const TABLE_AREAS = {
  products: ['documents'],
  purchase_orders: ['documents'],
  po_lines: ['documents'],
  receiving_sessions: ['documents'],
  orders: ['documents'],
  order_lines: ['documents'],
  packing_scans: ['documents'],
  shipments: ['documents'],
  returns: ['documents'],
  return_lines: ['documents'],
  transfers: ['documents'],
  transfer_lines: ['documents'],
  cycle_counts: ['documents'],
  cycle_count_lines: ['documents'],
  stock: ['stock'],
  serials: ['stock', 'pools'],
  serial_pools: ['pools'],
  serial_batches: ['pools'],
  shared_options: ['options'],
  storage_settings: ['options'],
} as const satisfies Record<string, readonly ChangeArea[]>;

export const NOTIFYING_TABLES = Object.keys(TABLE_AREAS) as (keyof typeof TABLE_AREAS)[];

/** Tables added after migration 13, whose trigger their own migration creates. */
export const LATER_TABLE_AREAS = {
  order_package_measures: ['documents'],
} as const satisfies Record<string, readonly ChangeArea[]>;

export function areasOf(table: string): readonly ChangeArea[] {
  return (TABLE_AREAS as Record<string, readonly ChangeArea[]>)[table] ?? (LATER_TABLE_AREAS as Record<string, readonly ChangeArea[]>)[table] ?? [];
}
