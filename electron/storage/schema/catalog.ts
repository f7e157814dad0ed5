import type { Generated } from 'kysely';
import type { Tracking } from '../../../shared/domain/types';

/** Row types of the catalog tables. Flags are integers 0/1 (portable); times are ISO-8601 UTC text. */

export interface ProductsTable {
  id: Generated<number>;
  sku: string;
  name: string;
  /** GTIN normalised to 14 digits. */
  gtin: string | null;
  upc: string | null;
  tracking: Tracking;
  serial_length: number | null;
  serial_min_length: number | null;
  serial_max_length: number | null;
  serial_pattern: string | null;
  requires_serial_scan: Generated<number>;
  weight_grams: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  expirable: Generated<number>;
  unit_cost: number | null;
  avg_cost: number | null;
  created_at: string;
  updated_at: string;
}

export interface ProductAliasesTable {
  id: Generated<number>;
  product_id: number;
  alias: string;
}

export interface KitComponentsTable {
  id: Generated<number>;
  parent_id: number;
  component_id: number;
  qty: number;
  is_main: Generated<number>;
}

export interface ProductReplacementsTable {
  product_id: number;
  replacement_id: number;
}

export interface VendorsTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
}

export interface WarehousesTable {
  id: Generated<number>;
  code: string;
  name: string;
  created_at: string;
}

export interface BinsTable {
  id: Generated<number>;
  warehouse_id: number;
  code: string;
}

/** Units on hand per product and location, serialized or not (serials also carry their own location). */
export interface StockTable {
  id: Generated<number>;
  product_id: number;
  warehouse_id: number;
  /** 0 = no bin (a real column so the unique index works the same on every database). */
  bin_key: number;
  qty: number;
}
