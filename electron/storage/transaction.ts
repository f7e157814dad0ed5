import type { Kysely, Transaction } from 'kysely';
import { isBusyError, isRetryableConflict, isUniqueViolation } from './errors';
import { dialectOf } from './dialect';
import { closeTransaction, openTransaction } from './direct-run';
import { GroupLostError, runWriteTransaction } from './group-commit';
import { settleMemory } from './memory-hooks';
import { KeyedQueue } from './keyed-queue';
import { lockDocument, type LockKind } from './locks';
import type { CacheAttempt, ScanCache } from './scan-cache';
import type { Db } from './schema';

export interface DocumentLock {
  kind: LockKind;
  key: string;
}

export interface WriteOptions {
  /** Extra attempts after a lost race (SQLITE_BUSY, a PostgreSQL serialization failure or deadlock). */
  retries?: number;
  /**
   * Locks taken first, held until COMMIT: the documents this transaction checks and changes, for
   * every station sharing the database (see locks.ts; SQLite's BEGIN IMMEDIATE already covers it).
   */
  locks?: readonly DocumentLock[];
  /**
   * A unique violation means another station wrote the same value first: run `fn` again, and its
   * checks (which now see the other station's commit) give the answer a single station would.
   */
  retryOnConflict?: boolean;
  /**
   * Bookkeeping beside the running operation's work (a wrong-PIN count): the operation's feed
   * events and Idempotency-Key are not written with it (they belong to the work's transaction).
   */
  bookkeeping?: boolean;
  /**
   * Values this transaction reads on every run, kept for its next run while nothing else writes
   * (scan-cache.ts). Only for a transaction that keeps the cached values current with its writes.
   */
  cache?: ScanCache;
}

/** Group commits a transaction may be rolled back with, by other members' failures, before it gives up. */
const MAX_LOST_GROUPS = 5;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const beforeCommitHooks = new WeakMap<object, (() => Promise<void>)[]>();

/**
 * Runs `hook` as the transaction's last statements, just before COMMIT. For a write to a row that
 * every station updates (a product's stock at a warehouse): done last, its row lock is held only
 * for the commit itself, not while the rest of the scan runs. The transaction must not read what
 * the hook writes. Outside a transaction the hook runs at once.
 */
export async function beforeCommit(db: { readonly isTransaction: boolean }, hook: () => Promise<void>): Promise<void> {
  if (!db.isTransaction) return hook();
  const hooks = beforeCommitHooks.get(db);
  if (hooks) hooks.push(hook);
  else beforeCommitHooks.set(db, [hook]);
}

async function runBeforeCommit(trx: object): Promise<void> {
  for (let hooks = beforeCommitHooks.get(trx); hooks && hooks.length > 0; hooks = beforeCommitHooks.get(trx)) {
    beforeCommitHooks.delete(trx);
    for (const hook of hooks) await hook();
  }
}

/**
 * Called in every top-level write transaction after its work and before COMMIT, with its result:
 * the operation layer writes the operation's feed events and outbox rows here, in the same
 * transaction as their effects (electron/operations/feed-writer.ts). `start` runs first thing.
 */
export interface CommitObserver {
  start(trx: Transaction<unknown>): Promise<unknown>;
  beforeCommit(trx: Transaction<unknown>, result: unknown, started: unknown): Promise<void>;
  /**
   * What `beforeCommit` records outside the database (the running operation's "key claimed",
   * "document event written"), taken before a transaction's first attempt and put back when the
   * attempt does not commit: a transaction run again must write them again.
   */
  save(): unknown;
  restore(saved: unknown): void;
}

let commitObserver: CommitObserver | null = null;

export function setCommitObserver(observer: CommitObserver | null): void {
  commitObserver = observer;
}

// Per database handle (its dialect adapter, shared by the handle and its transactions).
const queues = new WeakMap<object, KeyedQueue>();

function queueOf<D>(db: Kysely<D>): KeyedQueue {
  const adapter = db.getExecutor().adapter;
  let queue = queues.get(adapter);
  if (!queue) queues.set(adapter, (queue = new KeyedQueue()));
  return queue;
}

function retryable(err: unknown, opts: WriteOptions): boolean {
  if (isBusyError(err) || isRetryableConflict(err)) return true;
  if (!opts.retryOnConflict) return false;
  return isUniqueViolation(err) || isUniqueViolation((err as { cause?: unknown } | null)?.cause);
}

/**
 * Runs `fn` in one write transaction: everything it writes is committed together or not at all.
 * On SQLite the transaction starts with BEGIN IMMEDIATE (see sqlite-driver.ts); other dialects use
 * plain BEGIN (READ COMMITTED) and take `locks` first. Called inside another transaction, `fn`
 * joins it (and takes its locks there). When the transaction loses a race (SQLITE_BUSY after
 * busy_timeout, a PostgreSQL deadlock or serialization failure, a RaceLostError, or with
 * `retryOnConflict` a unique violation) the whole transaction is retried a few times, so `fn` must
 * change nothing outside the database itself: state kept in memory changes in `afterCommit`, or
 * is put back by `onRollback` (memory-hooks.ts).
 */
export function writeTransaction<D, T>(
  db: Transaction<D>,
  fn: (trx: Transaction<D>) => Promise<T>,
  opts?: WriteOptions,
): Promise<T>;
export function writeTransaction<D, T>(db: Kysely<D>, fn: (trx: Transaction<D>) => Promise<T>, opts?: WriteOptions): Promise<T>;
export async function writeTransaction<D, T>(
  db: Kysely<D>,
  fn: (trx: Transaction<D>) => Promise<T>,
  opts: WriteOptions = {},
): Promise<T> {
  const run = async (trx: Transaction<D>) => {
    for (const lock of opts.locks ?? []) await lockDocument(trx, lock.kind, lock.key);
    return fn(trx);
  };
  if (db.isTransaction) return run(db as Transaction<D>);
  const retries = opts.retries ?? 3;
  const attempts = async () => {
    const observer = opts.bookkeeping ? null : commitObserver;
    const saved = observer?.save();
    for (let attempt = 0, lost = 0; ; attempt++) {
      // This attempt's use of the cache (writeTransaction's own, so it ends exactly once).
      const cached: { trx?: Db; attempt?: CacheAttempt } = {};
      let attemptTrx: object | undefined;
      try {
        const result = await runWriteTransaction(db, async (trx: Transaction<D>) => {
          attemptTrx = trx;
          openTransaction(trx);
          try {
            if (opts.cache) {
              cached.trx = trx as unknown as Db;
              cached.attempt = await opts.cache.open(cached.trx);
            }
            const started = observer ? await observer.start(trx as Transaction<unknown>) : undefined;
            const result = await run(trx);
            await runBeforeCommit(trx);
            if (observer) await observer.beforeCommit(trx as Transaction<unknown>, result, started);
            if (opts.cache && cached.trx && cached.attempt) await opts.cache.close(cached.trx, cached.attempt);
            return result;
          } finally {
            closeTransaction(trx);
            beforeCommitHooks.delete(trx);
          }
        });
        if (cached.attempt) opts.cache?.committed(cached.attempt);
        settleMemory(attemptTrx, true);
        return result;
      } catch (err) {
        settleMemory(attemptTrx, false); // nothing of this attempt is in the database
        // Nothing of this attempt committed (even if its own work succeeded in a lost group).
        opts.cache?.failed(cached.trx ?? null, cached.attempt ?? null);
        observer?.restore(saved);
        // The group commit this work was in was rolled back by another member's failure: run it
        // again at once (on its own, if it fails the same way itself it gets its own error).
        if (err instanceof GroupLostError && lost++ < MAX_LOST_GROUPS) {
          attempt--;
          continue;
        }
        if (!retryable(err instanceof GroupLostError ? err.cause : err, opts) || attempt >= retries) throw err instanceof GroupLostError && err.cause ? err.cause : err;
        await sleep(25 * 2 ** attempt + Math.random() * 25);
      }
    }
  };
  // PostgreSQL: this process's transactions on one document queue here before taking a connection
  // (SQLite has one connection, already a queue).
  const keys = (opts.locks ?? []).map((l) => `${l.kind}:${l.key}`);
  return keys.length > 0 && dialectOf(db) === 'postgres' ? queueOf(db).runAll(keys, attempts) : attempts();
}
