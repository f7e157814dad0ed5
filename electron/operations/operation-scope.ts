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
  /** The REST Idempotency-Key, stored in the first transaction of the work (then its `claimed` is set). */
  idempotency?: IdempotencyClaim;
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

/** An operation is running (its feed wants to hear about the units it changes). */
export function inOperationScope(): boolean {
  return scope.getStore() !== undefined;
}

export type FeedHint = NonNullable<OperationScope['hint']>;

/**
 * Tells the running operation's feed which unit its next write transaction changes (for a write
 * whose transaction result is not the verdict, e.g. units of a product without serials).
 */
export function hintFeed(hint: FeedHint): void {
  const op = scope.getStore();
  if (op) op.hint = hint;
}

const unitsOf = new WeakMap<object, FeedHint[]>();

/**
 * Names a unit the transaction `trx` changes without a ledger row (a packed unit): the operation's
 * feed gets one event per unit named. Kept with the transaction, so an attempt that is retried
 * does not name its units twice.
 */
export function feedUnit(trx: object, unit: FeedHint): void {
  if (!scope.getStore()) return;
  const units = unitsOf.get(trx);
  if (units) units.push(unit);
  else unitsOf.set(trx, [unit]);
}

/** The units named in `trx` (see feedUnit). */
export function unitsNamedIn(trx: object): FeedHint[] {
  return unitsOf.get(trx) ?? [];
}
