import type { Generated } from 'kysely';
import type {
  DocumentType,
  PoolMode,
  ProductCodeSchema,
  SerialEventType,
  SerialSource,
  SerialStatus,
} from '../../../shared/domain/types';

export interface SerialPoolsTable {
  id: Generated<number>;
  product_id: number;
  product_code: string;
  code_schema: ProductCodeSchema;
  name: string;
  source: string;
  limit_count: Generated<number>;
  mode: PoolMode;
  serial_length: Generated<number>;
  created_at: string;
}

export interface SerialBatchesTable {
  id: Generated<number>;
  pool_id: number;
  name: string;
  created_at: string;
}

export interface SerialsTable {
  id: Generated<number>;
  value: string;
  /** Lower-cased value, indexed: lookups by value in either case mode. */
  value_fold: string;
  /** UNIQUE; from the uniqueness policy (see shared/domain/serial-key.ts); NULL once deleted. */
  unique_key: string | null;
  product_id: number;
  status: SerialStatus;
  warehouse_id: number | null;
  bin_id: number | null;
  document_type: DocumentType | null;
  document_id: number | null;
  pool_id: number | null;
  batch_id: number | null;
  lot: string | null;
  /** YYYY-MM-DD. */
  expiry: string | null;
  source: SerialSource;
  /** Purchase price of the PO line that received it (profit by serial). */
  unit_cost: number | null;
  received_po_line_id: number | null;
  received_session_id: number | null;
  /** The bin the unit was received into (migration 12). */
  received_bin_id: number | null;
  created_at: string;
  updated_at: string;
}

/** The append-only ledger. Triggers reject UPDATE and DELETE (migrations 5 and 13). */
export interface SerialEventsTable {
  id: Generated<number>;
  /** Database-assigned, strictly increasing in commit order (see ledger-seq.ts); history orders by it. */
  seq: Generated<number>;
  /** The stable id of the station that wrote the event (migration 13; null before). */
  station_id: string | null;
  type: SerialEventType;
  serial_id: number;
  product_id: number;
  document_type: DocumentType | null;
  document_id: number | null;
  document_number: string | null;
  user_id: number | null;
  station: string | null;
  at: string;
  /** JSON object text. */
  details: string | null;
}

/** Warehouse-wide options shared by the stations of one PostgreSQL database (migration 13). */
export interface SharedOptionsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
  /** The station name that changed it. */
  updated_by: string | null;
}

/** Database-wide settings that must agree across processes (e.g. the serial key policy). */
export interface StorageSettingsTable {
  key: string;
  value: string;
}
