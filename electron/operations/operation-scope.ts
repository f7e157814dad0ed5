import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestName } from '../../shared/api/contract';
import type { IdempotencyClaim, RequestContext } from '../backend/dispatcher';

/** The operation being run (name and caller), for what its transactions write beside its effects. */
export interface OperationScope {
  name: RequestName;
  ctx: RequestContext;
  /** The operation's (parsed) input. */
  input?: unknown;
  /** Who and where, for its feed events. */
  station?: string;
  actor?: string | null;
  /** Set once a document-level feed event was written (an operation may commit several transactions). */
  documentEventWritten?: boolean;
  /** The REST Idempotency-Key, stored in the first transaction of the work (then `claimed`). */
  idempotency?: IdempotencyClaim;
  claimed?: boolean;
  /** What a workflow says about the unit its next transaction changes, when its result does not say it. */
  hint?: { sku: string; qty: number; serial?: string | null };
}

const scope = new AsyncLocalStorage<OperationScope>();

export function inOperation<T>(op: OperationScope, fn: () => Promise<T> | T): Promise<T> {
  return Promise.resolve(scope.run(op, fn));
}

export function currentOperation(): OperationScope | undefined {
  return scope.getStore();
}

/**
 * Tells the running operation's feed which unit its next write transaction changes (for a write
 * whose transaction result is not the verdict, e.g. units of a product without serials).
 */
export function hintFeed(hint: NonNullable<OperationScope['hint']>): void {
  const op = scope.getStore();
  if (op) op.hint = hint;
}
