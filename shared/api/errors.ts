/** Every error crossing the station API is data with one of these codes. */
export const ERROR_CODES = [
  'validation',
  'unknown_request',
  'payload_too_large',
  'not_found',
  /** A document names a product (SKU, GTIN, product code) that the catalog does not hold. */
  'unknown_product',
  'conflict',
  'unauthenticated',
  'forbidden',
  'locked',
  'unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `lines.2.qty`; empty for the whole payload. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: FieldIssue[];
  /** For `conflict`: the values that collide (serials, SKUs, names). */
  conflicts?: string[];
  /** A reason code saying more than `code`, e.g. `storage_unavailable` (nothing was recorded). */
  reason?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: FieldIssue[]): { ok: false; error: ApiError } {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } };
}

/**
 * Thrown inside the backend to end a request with a specific error; the dispatcher turns it
 * into `{ ok: false, error }`. Anything else thrown becomes `internal`.
 */
export class StationError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
    readonly conflicts?: string[],
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'StationError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.details && this.details.length > 0) error.details = this.details;
    if (this.conflicts && this.conflicts.length > 0) error.conflicts = this.conflicts;
    if (this.reason) error.reason = this.reason;
    return error;
  }
}
