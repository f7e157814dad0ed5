import type { SerialStatus } from '../domain/types';

/**
 * The variance review of a cycle count: what the ledger expects at the location, what was
 * counted, and what applying the count would change. Nothing is applied until it is confirmed.
 */
export interface CountVarianceLine {
  sku: string;
  name: string;
  /** Serials of this product the ledger has here, or its units when it has no serials. */
  expected: number;
  counted: number;
  /** counted − expected: below zero is written off, above zero is added or moved here. */
  difference: number;
}

export interface CountReview {
  warehouse: string;
  bin: string | null;
  /** One line per product expected or counted here. */
  lines: CountVarianceLine[];
  /** Expected here, not counted: removed from stock when applied. */
  missing: { sku: string; serial: string }[];
  /**
   * Counted here but not expected here: moved here when applied — the ledger has it in stock at
   * `recorded_at`, or with another status (`recorded_status`) — or added (`is_new`: not in the ledger).
   */
  extra: { sku: string; serial: string; is_new: boolean; recorded_at: string | null; recorded_status: SerialStatus | null }[];
  /** The most units of any one product the count writes off. */
  largest_write_off: number;
  /** Whether applying needs a supervisor PIN (a write-off above `counts.supervisorAbove`). */
  needs_supervisor: boolean;
}
