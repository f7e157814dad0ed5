import { sql } from 'kysely';
import { dialectOf } from './dialect';
import { commitGroupOf } from './group-commit';
import { prepare } from './prepared';
import type { Db } from './schema';

/**
 * What a hot write path reads on every run (a PO's lines, the serial key policy, the default
 * warehouse), kept from one of its transactions to the next while nothing else wrote.
 *
 * Validity is a change stamp read inside the transaction (SQLite only): `data_version` moves when
 * another connection — another station, the CLI, an import — commits, and `total_changes()` counts
 * every row this connection writes, in a transaction or not. The owner's own writes move the stamp
 * too, so the stamp kept is the one read at the end of its work (after the feed's writes): the next
 * transaction finds the same stamp only if no one wrote in between, and the owner keeps its entries
 * current itself (a receipt adds its counts to the cached lines).
 *
 * Entries are shared by one transaction at a time. The members of a commit group run one after
 * another in one SQLite transaction, so each goes on with the entries the one before it closed
 * with; any other transaction that opens while one is in flight gets a private, empty set and keeps
 * nothing. A failed or lost attempt drops everything. PostgreSQL has no cheap stamp
 * (other stations commit on other connections): every transaction there starts empty.
 */

// `pragma data_version` as a statement of its own: read through the `pragma_data_version` table it
// cost ~10 µs a scan (the table re-prepares the pragma on every read).
const dataVersion = prepare((db) => ({ compile: () => sql<{ data_version: number }>`pragma data_version`.compile(db) }));
const totalChanges = prepare((db) => ({ compile: () => sql<{ tc: number }>`select total_changes() as tc`.compile(db) }));

/**
 * Changes anyone made to the database, as seen from this SQLite connection: `dataVersion` moves when
 * another connection commits, `rows` when this one writes.
 */
interface ChangeStamp {
  readonly dataVersion: number;
  readonly rows: number;
}

const sameStamp = (a: ChangeStamp | null, b: ChangeStamp | null): boolean =>
  a !== null && b !== null && a.dataVersion === b.dataVersion && a.rows === b.rows;

/** The stamp at a transaction's start; null on PostgreSQL. */
async function changeStamp(db: Db): Promise<ChangeStamp | null> {
  const dv = await othersCommits(db);
  if (dv === null) return null;
  const rows = await rowsWritten(db);
  return rows !== null ? { dataVersion: dv, rows } : null;
}

/**
 * SQLite's `data_version` on this connection: it moves when any other connection commits (another
 * process, the CLI, an import); null on PostgreSQL, where other stations commit unseen.
 */
export async function othersCommits(db: Db): Promise<number | null> {
  if (dialectOf(db) !== 'sqlite') return null;
  return (await dataVersion.first(db, {}))?.data_version ?? null;
}

/**
 * Rows this SQLite connection has written so far (`total_changes()`); null on PostgreSQL. Two
 * equal counts around a piece of work in one transaction: it wrote nothing.
 */
export async function rowsWritten(db: Db): Promise<number | null> {
  if (dialectOf(db) !== 'sqlite') return null;
  return (await totalChanges.first(db, {}))?.tc ?? null;
}

/**
 * The stamp at the end of a transaction that read `opened` at its start: under the write lock no
 * other connection commits, so `data_version` is still the one read then; only this connection's
 * count of rows moved.
 */
async function stampAtEnd(db: Db, opened: ChangeStamp): Promise<ChangeStamp | null> {
  const rows = await rowsWritten(db);
  return rows === null ? null : { dataVersion: opened.dataVersion, rows };
}

/** One attempt of a transaction that uses the cache. */
export interface CacheAttempt {
  readonly entries: Map<string, unknown>;
  readonly shared: boolean;
  readonly epoch: number;
  /** The stamp read when it opened (null: unknown, or not shared). */
  readonly opened: ChangeStamp | null;
  /** The commit group it runs in (null: alone). */
  readonly group: object | null;
  end: ChangeStamp | null;
}

const attempts = new WeakMap<object, CacheAttempt>();

/**
 * Entries kept at most: an operator going through many POs without anyone else writing would
 * otherwise keep every PO read since the last write. Past this, the next transaction starts empty.
 */
export const MAX_CACHE_ENTRIES = 64;

export class ScanCache {
  #entries = new Map<string, unknown>();
  /** The stamp the entries are good for; null: not known (drop them at the next open). */
  #stamp: ChangeStamp | null = null;
  /** The last shared attempt that closed: the next member of its commit group may go on from it. */
  #closed: CacheAttempt | null = null;
  #epoch = 0;
  #inFlight = 0;
  #reuses = 0;

  /** Called by writeTransaction first thing in the transaction, holding the write lock. */
  async open(trx: Db): Promise<CacheAttempt> {
    const epoch = ++this.#epoch;
    const before = this.#inFlight++;
    let stamp: ChangeStamp | null;
    try {
      stamp = await changeStamp(trx);
    } catch (err) {
      this.#inFlight--;
      throw err;
    }
    // Members of one commit group run one after another in one SQLite transaction: one that opens
    // right after the previous member closed (no attempt between them) goes on with its entries.
    const prev = this.#closed;
    const group = commitGroupOf(trx);
    const follows = prev !== null && group !== null && prev.group === group && prev.epoch === epoch - 1;
    let attempt: CacheAttempt;
    if (stamp !== null && (before === 0 || follows)) {
      const valid = sameStamp(stamp, follows ? prev.end : this.#stamp);
      if (!valid || this.#entries.size > MAX_CACHE_ENTRIES) this.#entries.clear();
      else if (this.#entries.size > 0) this.#reuses++;
      attempt = { entries: this.#entries, shared: true, epoch, opened: stamp, group, end: null };
    } else attempt = { entries: new Map(), shared: false, epoch, opened: null, group, end: null };
    this.#stamp = null;
    this.#closed = null;
    attempts.set(trx, attempt);
    return attempt;
  }

  /** After the transaction's last write (its feed events included), before COMMIT. */
  async close(trx: Db, attempt: CacheAttempt): Promise<void> {
    attempts.delete(trx);
    if (!attempt.shared || attempt.epoch !== this.#epoch || attempt.opened === null) return;
    attempt.end = await stampAtEnd(trx, attempt.opened);
    if (attempt.end !== null) this.#closed = attempt;
  }

  /**
   * The transaction committed: its entries are good until the next change. In a group only the
   * last member opened leaves its stamp (the members before it are part of that state).
   */
  committed(attempt: CacheAttempt): void {
    this.#inFlight--;
    if (attempt.shared && attempt.epoch === this.#epoch && attempt.end !== null) this.#stamp = attempt.end;
  }

  /**
   * The attempt did not commit: what it changed in memory is not in the database. A member rolled
   * back alone, or a lost group, drops the entries every member of the group went on with.
   */
  failed(trx: Db | null, attempt: CacheAttempt | null): void {
    if (trx) attempts.delete(trx);
    if (attempt) this.#inFlight--;
    if (!attempt || attempt.shared) this.#entries.clear();
    this.#stamp = null;
    this.#closed = null;
  }

  /** Entries kept now (tests). */
  get size(): number {
    return this.#entries.size;
  }

  /** Transactions that found the entries of the one before still good (tests, diagnostics). */
  get reuses(): number {
    return this.#reuses;
  }
}

/**
 * `load()`'s value, kept in the running transaction's cache under `key` (loaded once per
 * transaction at least). Outside a transaction with a cache it is simply loaded. The caller must
 * keep a cached value current with its own writes, or write with `cacheSet`.
 */
export async function cachedRead<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  const attempt = attempts.get(db);
  if (!attempt) return load();
  if (attempt.entries.has(key)) return attempt.entries.get(key) as T;
  const value = await load();
  attempt.entries.set(key, value);
  return value;
}

/** Replaces a cached value after the transaction wrote it (no-op outside a cached transaction). */
export function cacheSet(db: Db, key: string, value: unknown): void {
  attempts.get(db)?.entries.set(key, value);
}

/** Drops the running transaction's cached values whose key starts with `prefix`, after it changed what they hold. */
export function cacheDrop(db: Db, prefix: string): void {
  const entries = attempts.get(db)?.entries;
  if (!entries) return;
  for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
}
