import type { PoolMode, ProductCodeSchema, SerialSource, SerialStatus } from '../domain/types';

/** Serial pools (issue 8): limits of the model, and the read models the UI and REST show. */

/** Longest serial a pool generates or accepts: GS1 AI (21) holds up to 20 characters. */
export const MAX_POOL_SERIAL_LENGTH = 20;
/** Most serials one named batch may hold. */
export const MAX_BATCH_SIZE = 500;
/** Most serials one commission / request / release call may carry. */
export const MAX_SERIALS_PER_CALL = 10_000;
/** Most labels printed in one go. */
export const MAX_LABELS_PER_PRINT = 1_000;
/** Shortest search text for serials in a pool. */
export const MIN_SEARCH_LENGTH = 3;

/** Where a pool's serials come from: made at this station, or commissioned through the API. */
export const POOL_SOURCES = ['station', 'api'] as const;
export type PoolSource = (typeof POOL_SOURCES)[number];

/** A pool with its summary counts (every pool serial that is not available counts as assigned). */
export interface PoolView {
  id: number;
  product_id: number;
  sku: string;
  product_name: string;
  gtin: string | null;
  product_code: string;
  code_schema: ProductCodeSchema;
  name: string;
  source: string;
  mode: PoolMode;
  limit: number;
  serial_length: number;
  created_at: string;
  available: number;
  assigned: number;
  /** Live serials generated here: what the limit counts. */
  generated: number;
  batches: number;
}

export interface BatchView {
  id: number;
  pool_id: number;
  name: string;
  created_at: string;
  available: number;
  assigned: number;
}

export interface PoolSerialView {
  id: number;
  value: string;
  status: SerialStatus;
  source: SerialSource;
  batch_id: number | null;
  batch: string | null;
  lot: string | null;
  /** YYYY-MM-DD. */
  expiry: string | null;
  created_at: string;
  /** Only a serial with no ledger event beyond its generation may be deleted. */
  deletable: boolean;
}

/** How the commission API names statuses. */
export function apiStatus(status: SerialStatus): 'Available' | 'Assigned' {
  return status === 'available' ? 'Available' : 'Assigned';
}

/** The summary status of a pool serial: everything that left `available` counts as assigned. */
export function summaryStatus(status: SerialStatus): 'available' | 'assigned' {
  return status === 'available' ? 'available' : 'assigned';
}

const two = (n: number) => String(n).padStart(2, '0');

/** A batch's default name: the local date and time, e.g. `2025-03-14 09:26:53`. */
export function defaultBatchName(at: Date): string {
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  return `${date} ${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}`;
}
