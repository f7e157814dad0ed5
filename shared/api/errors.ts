import { english, type Message, type MessageArgs } from '../i18n/message';

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
  /** UI work (receiving, shipping, returns, …) while nobody is signed in and `general.requireSignIn` is on. */
  'sign_in_required',
  'forbidden',
  'locked',
  'unavailable',
  /** The station's storage failed (disk full, read-only, busy past the timeout, unreachable); nothing was recorded. */
  'storage',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What failed in storage, for errors with code `storage`. */
export const STORAGE_FAULTS = ['disk_full', 'read_only', 'permission', 'busy', 'unavailable'] as const;
export type StorageFault = (typeof STORAGE_FAULTS)[number];

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
  /** For `storage`: which fault. */
  fault?: StorageFault;
  /** A reason code saying more than `code`, e.g. `storage_unavailable` (nothing was recorded). */
  reason?: string;
  /** The sentence as a message (shared/i18n), when the station made it from one: shown in the reader's language. */
  message_key?: string;
  params?: MessageArgs;
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
  /** The sentence as a message, when it was given as one (`message` is then its English text). */
  readonly text?: Message;

  constructor(
    readonly code: ErrorCode,
    message: string | Message,
    readonly details?: FieldIssue[],
    readonly conflicts?: string[],
    readonly reason?: string,
  ) {
    super(typeof message === 'string' ? message : english(message));
    if (typeof message !== 'string') this.text = message;
    this.name = 'StationError';
  }

  toApiError(): ApiError {
    const error: ApiError = { code: this.code, message: this.message };
    if (this.text) {
      error.message_key = this.text.key;
      error.params = this.text.params;
    }
    if (this.details && this.details.length > 0) error.details = this.details;
    if (this.conflicts && this.conflicts.length > 0) error.conflicts = this.conflicts;
    if (this.fault !== undefined) error.fault = this.fault;
    if (this.reason) error.reason = this.reason;
    return error;
  }

  /** Set for code `storage`. */
  fault?: StorageFault;

  /** A storage fault; an unreachable database also carries the scan reason `storage_unavailable`. */
  static storage(fault: StorageFault, message: string | Message): StationError {
    const err = new StationError('storage', message, undefined, undefined, fault === 'unavailable' ? 'storage_unavailable' : undefined);
    err.fault = fault;
    return err;
  }
}
