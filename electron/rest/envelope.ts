import type { FieldIssue } from '../../shared/api/errors';
import type { RestErrorType } from './errors';

export interface SuccessEnvelope<T> {
  success: true;
  message?: string;
  data?: T;
}

export interface ErrorEnvelope {
  success: false;
  error: { type: RestErrorType; message: string; details?: FieldIssue[] | Record<string, unknown> };
}

export function successBody<T>(data: T | undefined, message?: string): SuccessEnvelope<T> {
  const body: SuccessEnvelope<T> = { success: true };
  if (message !== undefined) body.message = message;
  if (data !== undefined) body.data = data;
  return body;
}

export function errorBody(
  type: RestErrorType,
  message: string,
  details?: FieldIssue[] | Record<string, unknown>,
): ErrorEnvelope {
  return details === undefined
    ? { success: false, error: { type, message } }
    : { success: false, error: { type, message, details } };
}
