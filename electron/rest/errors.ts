import type { ErrorCode, FieldIssue, StationError } from '../../shared/api/errors';
import { english, type Message } from '../../shared/i18n/message';
import { BUSY_RETRY_AFTER_SECONDS } from '../storage/faults';

/** Error `type`s of the REST envelope (ARCHITECTURE.md); InternalError only for server faults. */
export type RestErrorType =
  | 'NoTokenError'
  | 'AuthError'
  | 'ValidationError'
  | 'ProductError'
  | 'NotFoundError'
  | 'ConflictError'
  | 'StorageError'
  | 'InternalError';

/** A refusal of the REST layer itself; given a `Message`, `message` is its English text and the reply is in the client's language. */
export class RestError extends Error {
  /** The sentence as a message, when it was given as one. */
  readonly text?: Message;

  constructor(
    readonly status: number,
    readonly type: RestErrorType,
    message: string | Message,
    readonly details?: FieldIssue[] | Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : english(message));
    if (typeof message !== 'string') this.text = message;
    this.name = 'RestError';
  }
}

/** How a station API error code travels over REST. */
export const REST_ERROR_FOR: Record<ErrorCode, { status: number; type: RestErrorType }> = {
  validation: { status: 400, type: 'ValidationError' },
  unknown_request: { status: 404, type: 'NotFoundError' },
  payload_too_large: { status: 413, type: 'ValidationError' },
  not_found: { status: 404, type: 'NotFoundError' },
  unknown_product: { status: 404, type: 'ProductError' },
  conflict: { status: 409, type: 'ConflictError' },
  unauthenticated: { status: 401, type: 'AuthError' },
  sign_in_required: { status: 401, type: 'AuthError' },
  forbidden: { status: 403, type: 'AuthError' },
  locked: { status: 423, type: 'AuthError' },
  unavailable: { status: 503, type: 'ConflictError' },
  // 507 when the disk is full (restStatusOf), with Retry-After when busy.
  storage: { status: 503, type: 'StorageError' },
  internal: { status: 500, type: 'InternalError' },
};

/** HTTP status and headers of a station error: a full disk is 507 Insufficient Storage. */
export function restStatusOf(err: StationError): { status: number; type: RestErrorType; headers: Record<string, string> } {
  const { status, type } = REST_ERROR_FOR[err.code];
  if (err.code !== 'storage') return { status, type, headers: {} };
  if (err.fault === 'disk_full') return { status: 507, type, headers: {} };
  return { status, type, headers: err.fault === 'busy' ? { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) } : {} };
}
