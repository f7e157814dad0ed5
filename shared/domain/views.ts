import type {
  DocumentType,
  OrderStatus,
  PurchaseOrderStatus,
  ReceivingSessionStatus,
  SerialEventType,
  SerialSource,
  SerialStatus,
  Tracking,
  UserRole,
} from './types';

/** Read models returned by the storage repositories (snake_case like the document contract). */

export interface ProductView {
  id: number;
  sku: string;
  name: string;
  gtin: string | null;
  upc: string | null;
  tracking: Tracking;
  serial_length: number | null;
  serial_min_length: number | null;
  serial_max_length: number | null;
  serial_pattern: string | null;
  requires_serial_scan: boolean;
  weight_grams: number | null;
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  expirable: boolean;
  unit_cost: number | null;
  avg_cost: number | null;
}

export interface KitComponentView {
  product_id: number;
  sku: string;
  name: string;
  tracking: Tracking;
  qty: number;
  is_main: boolean;
}

export interface ProductDetail extends ProductView {
  aliases: string[];
  kit_components: KitComponentView[];
  replacements: string[];
}

export type ProductMatchKind = 'sku' | 'alias' | 'gtin' | 'upc';

export interface ProductMatch {
  product: ProductView;
  matched_by: ProductMatchKind;
}

export interface PurchaseOrderLineView {
  id: number;
  line_no: number;
  product_id: number;
  sku: string;
  name: string;
  tracking: Tracking;
  qty: number;
  unit_cost: number | null;
  received_qty: number;
  /** Pre-receipt serials: all of the line's units, or none. */
  expected_serials: string[];
  /** Serials received on this line (not deleted). */
  serials: string[];
}

export interface PurchaseOrderView {
  id: number;
  po_number: string;
  vendor: string;
  warehouse: string | null;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
  ordered_at: string;
  lines: PurchaseOrderLineView[];
}

export interface PurchaseOrderSummary {
  id: number;
  po_number: string;
  vendor: string;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
  ordered_at: string;
  qty: number;
  received_qty: number;
}

export interface ReceivingSessionView {
  id: number;
  po_id: number;
  received_on: string;
  received_by: string | null;
  station: string;
  bin: string | null;
  status: ReceivingSessionStatus;
  opened_at: string;
  closed_at: string | null;
  /** Units received in this session per PO line id. */
  lines: { po_line_id: number; qty: number }[];
}

export interface OrderLineView {
  id: number;
  line_no: number;
  product_id: number;
  sku: string;
  name: string;
  tracking: Tracking;
  qty: number;
  unit_price: number | null;
  scanned_qty: number;
  shipped_qty: number;
  /** SKU ordered before a replacement took its place. */
  replaced_from: string | null;
  /** Serials scanned into this line, shipped or not. */
  serials: string[];
}

export interface OrderView {
  id: number;
  order_number: string;
  warehouse: string | null;
  status: OrderStatus;
  picked: boolean;
  confirmed: boolean;
  lines: OrderLineView[];
}

export interface SerialView {
  id: number;
  value: string;
  product_id: number;
  sku: string;
  status: SerialStatus;
  warehouse: string | null;
  bin: string | null;
  document_type: DocumentType | null;
  document_id: number | null;
  pool_id: number | null;
  batch_id: number | null;
  lot: string | null;
  expiry: string | null;
  source: SerialSource;
  unit_cost: number | null;
}

export interface SerialEventView {
  id: number;
  /** The ledger's order: strictly increasing in the order events were committed, across stations. */
  seq: number;
  /** The stable id of the station that wrote it (null for events written before migration 13). */
  station_id: string | null;
  type: SerialEventType;
  at: string;
  serial_id: number;
  product_id: number;
  document_type: DocumentType | null;
  document_id: number | null;
  document_number: string | null;
  user: string | null;
  station: string | null;
  details: Record<string, unknown> | null;
}

export interface StockRow {
  product_id: number;
  sku: string;
  warehouse_id: number;
  warehouse: string;
  bin_id: number | null;
  bin: string | null;
  /** Units on hand (serialized or not). */
  qty: number;
  /** Serials in stock at this location. */
  serial_count: number;
}

export interface UserView {
  id: number;
  name: string;
  role: UserRole;
  created_at: string;
  locked_until: string | null;
}
