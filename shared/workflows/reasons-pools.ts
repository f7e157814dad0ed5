/** Reason codes of serial pools and labels. */
export const POOL_REASONS = ['pool_limit'] as const;
