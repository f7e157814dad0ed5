import type { Generated } from 'kysely';
import type { OrderStatus } from '../../../shared/domain/types';

export interface OrdersTable {
  id: Generated<number>;
  order_number: string;
  warehouse_id: number | null;
  status: OrderStatus;
  picked: Generated<number>;
  confirmed: Generated<number>;
  /** The package items scanned now go into (migration 14). */
  open_package_no: Generated<number>;
  /** Labels sent with the order through REST, JSON (migration 14). */
  labels: string | null;
  /** The address sent with the order through REST, JSON (migration 14). */
  ship_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderLinesTable {
  id: Generated<number>;
  order_id: number;
  line_no: number;
  product_id: number;
  qty: number;
  unit_price: number | null;
  scanned_qty: Generated<number>;
  shipped_qty: Generated<number>;
  /** The product ordered before a replacement was scanned for it. */
  replaced_from_product_id: number | null;
}

export interface ShipmentsTable {
  id: Generated<number>;
  order_id: number;
  packed_by: number | null;
  /** `api:<key name>` when an API key shipped (migration 11). */
  packed_via: string | null;
  station: string;
  shipped_at: string;
  tracking_number: string | null;
}

export interface PackagesTable {
  id: Generated<number>;
  shipment_id: number;
  weight_grams: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  tracking_number: string | null;
  package_no: number | null;
  label_format: string | null;
  label_data: string | null;
}

export interface ShipmentLinesTable {
  id: Generated<number>;
  shipment_id: number;
  order_line_id: number;
  qty: number;
}

/** A unit (and its serial, when it has one) scanned into an order; `shipment_id` is set when it ships. */
export interface PackingScansTable {
  id: Generated<number>;
  order_id: number;
  order_line_id: number;
  product_id: number;
  serial_id: number | null;
  qty: number;
  user_id: number | null;
  station: string;
  at: string;
  shipment_id: number | null;
  package_no: Generated<number>;
}

/** A kit component replaced on one order line (migration 14). */
/** A package weighed at the bench before its order ships (migration 16). */
export interface OrderPackageMeasuresTable {
  id: Generated<number>;
  order_id: number;
  package_no: number;
  packing_key: string;
  weight_grams: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  tracking_number: string | null;
  read_at: string | null;
  station: string;
  measured_at: string;
}

export interface OrderKitReplacementsTable {
  id: Generated<number>;
  order_line_id: number;
  component_id: number;
  replacement_id: number;
}
