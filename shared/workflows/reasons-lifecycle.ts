/** Reason codes of returns, transfers, adjustments and cycle counts. */
export const LIFECYCLE_REASONS = ['not_shipped_on_order', 'not_at_source', 'same_location', 'unknown_serial'] as const;
