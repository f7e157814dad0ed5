import type { Generated } from 'kysely';
import type { PurchaseOrderStatus, ReceivingSessionStatus } from '../../../shared/domain/types';

export interface PurchaseOrdersTable {
  id: Generated<number>;
  po_number: string;
  vendor_id: number;
  warehouse_id: number | null;
  vendor_invoice: string | null;
  tracking_number: string | null;
  status: PurchaseOrderStatus;
  ordered_at: string;
  created_at: string;
  updated_at: string;
}

export interface PoLinesTable {
  id: Generated<number>;
  po_id: number;
  line_no: number;
  product_id: number;
  qty: number;
  unit_cost: number | null;
  received_qty: Generated<number>;
  /** Serials captured on the line and not deleted (migration 8). */
  serial_count: Generated<number>;
}

/** Pre-receipt serials: a line has all of them or none. */
export interface PoExpectedSerialsTable {
  id: Generated<number>;
  po_line_id: number;
  value: string;
  value_fold: string;
}

export interface ReceivingSessionsTable {
  id: Generated<number>;
  po_id: number;
  /** Calendar day of the receipt, YYYY-MM-DD. */
  received_on: string;
  received_by: number | null;
  /** `api:<key name>` when an API key received (migration 11). */
  received_via: string | null;
  station: string;
  bin_id: number | null;
  status: ReceivingSessionStatus;
  opened_at: string;
  closed_at: string | null;
}

export interface ReceivingSessionLinesTable {
  id: Generated<number>;
  session_id: number;
  po_line_id: number;
  qty: number;
}
