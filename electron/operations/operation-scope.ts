import { promiseHooks } from 'node:v8';
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

/*
 * The running operation follows its promises: a promise created while an operation runs carries
 * it, and the operation is current again while that promise's reactions (an `await` resuming, a
 * `then` callback) run. Three V8 promise hooks do this; nothing else in the process is tracked.
 *
 * Not AsyncLocalStorage: on Node 20 it runs the whole async_hooks machinery for every promise and
 * every native callback in the process. A REST scan creates ~185 promises: the PO of 10,000 scans
 * through `scanbay serve` took ~0.4 s longer with it, ~0.15 s with these hooks (docs/benchmarks.md).
 * The difference in reach: an operation is not carried into a callback a timer, an event emitter or
 * I/O calls later (await their promises instead, as `node:timers/promises` does); the operations'
 * code waits only through promises.
 */
const OPERATION = Symbol('operation');
type Carrier = { [OPERATION]?: OperationScope };
let current: OperationScope | undefined;
promiseHooks.createHook({
  init(promise) {
    if (current !== undefined) (promise as Carrier)[OPERATION] = current;
  },
  before(promise) {
    current = (promise as Carrier)[OPERATION];
  },
  // Reactions run one at a time from the microtask queue, never inside one another.
  after() {
    current = undefined;
  },
});

export function inOperation<T>(op: OperationScope, fn: () => Promise<T> | T): Promise<T> {
  const outer = current;
  current = op;
  try {
    return Promise.resolve(fn());
  } finally {
    current = outer;
  }
}

export function currentOperation(): OperationScope | undefined {
  return current;
}

/** An operation is running (its feed wants to hear about the units it changes). */
export function inOperationScope(): boolean {
  return current !== undefined;
}

export type FeedHint = NonNullable<OperationScope['hint']>;

/**
 * Tells the running operation's feed which unit its next write transaction changes (for a write
 * whose transaction result is not the verdict, e.g. units of a product without serials).
 */
export function hintFeed(hint: FeedHint): void {
  if (current) current.hint = hint;
}

const unitsOf = new WeakMap<object, FeedHint[]>();

/**
 * Names a unit the transaction `trx` changes without a ledger row (a packed unit): the operation's
 * feed gets one event per unit named. Kept with the transaction, so an attempt that is retried
 * does not name its units twice.
 */
export function feedUnit(trx: object, unit: FeedHint): void {
  if (!current) return;
  const units = unitsOf.get(trx);
  if (units) units.push(unit);
  else unitsOf.set(trx, [unit]);
}

/** The units named in `trx` (see feedUnit). */
export function unitsNamedIn(trx: object): FeedHint[] {
  return unitsOf.get(trx) ?? [];
}
