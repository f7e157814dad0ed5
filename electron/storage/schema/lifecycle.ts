import type { Generated } from 'kysely';
import type { ReturnDisposition } from '../../../shared/domain/types';

export interface ReturnsTable {
  id: Generated<number>;
  rma_number: string;
  order_id: number;
  reason: string | null;
  status: 'open' | 'closed';
  created_by: number | null;
  created_at: string;
  closed_at: string | null;
  /** Set when the RMA was cancelled with nothing put away (migration 11); status is then closed. */
  cancelled_at: string | null;
  cancelled_by: number | null;
}

export interface ReturnLinesTable {
  id: Generated<number>;
  return_id: number;
  product_id: number;
  order_line_id: number | null;
  serial_id: number | null;
  qty: number;
  condition: string | null;
  disposition: ReturnDisposition | null;
  warehouse_id: number | null;
  bin_id: number | null;
  credit_amount: number | null;
  created_at: string;
}

export interface TransfersTable {
  id: Generated<number>;
  transfer_number: string;
  from_warehouse_id: number;
  from_bin_id: number | null;
  to_warehouse_id: number;
  to_bin_id: number | null;
  /** One-way: the goods leave now and arrive later (serials `in_transit` meanwhile). */
  one_way: Generated<number>;
  status: 'open' | 'in_transit' | 'completed' | 'cancelled';
  created_by: number | null;
  created_at: string;
  completed_at: string | null;
}

export interface TransferLinesTable {
  id: Generated<number>;
  transfer_id: number;
  product_id: number;
  /** Set for a SKU-to-SKU transfer. */
  to_product_id: number | null;
  serial_id: number | null;
  qty: number;
}

/** A cycle count in progress at one location (deleted when finished or cancelled). */
export interface CycleCountsTable {
  id: Generated<number>;
  location_key: string;
  warehouse_id: number;
  bin_id: number | null;
  /** A product of full tracking was scanned: the next scan is its serial. */
  pending_product_id: number | null;
  started_at: string;
}

/** What a count has found so far: a serial (serial_key set) or units of a product without serials. */
export interface CycleCountLinesTable {
  id: Generated<number>;
  count_id: number;
  product_id: number;
  serial_key: string | null;
  serial_value: string | null;
  serial_id: number | null;
  qty: Generated<number>;
}
