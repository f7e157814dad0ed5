/** Reason codes of returns, transfers, adjustments and cycle counts (snake_case, stable). */
export const LIFECYCLE_REASONS = [
  'not_shipped_on_order',
  'not_at_source',
  'same_location',
  'unknown_serial',
  'not_on_order',
  'over_returned',
  'already_returned',
  'not_returnable',
  'rma_closed',
  'wrong_product',
  'transfer_closed',
  'already_in_stock',
  'serial_required',
  'already_counted',
] as const;
