import { sql, type QueryExecutorProvider } from 'kysely';
import { foldSerial } from '../../shared/domain/serial-key';
import { dialectOf } from './dialect';

/**
 * Locks that make a rule hold across stations sharing one database. Each is taken inside a write
 * transaction and released by its COMMIT or ROLLBACK.
 *
 * - SQLite: nothing to do. Every write transaction starts with BEGIN IMMEDIATE (sqlite-driver.ts),
 *   which already lets one writer at a time into the whole database, in this process and others.
 * - PostgreSQL: transaction-level advisory locks (`pg_advisory_xact_lock`) on a 64-bit hash of the
 *   name. Two stations scanning the same PO, order, RMA, transfer or count location queue here,
 *   exactly as two scans of one station queue for SQLite's write lock.
 */

/** What a lock protects: one document (or count location) of a kind. */
export type LockKind = 'po' | 'order' | 'rma' | 'transfer' | 'count' | 'pool' | 'serial' | 'stock' | 'options';

/** Fixed 64-bit key of the migration lock ('ScanBay' in ASCII). */
const MIGRATION_LOCK = '23471693179806073';

export async function lockDocument(trx: QueryExecutorProvider, kind: LockKind, key: string): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`scanbay:${kind}:${key}`}, 0))`.execute(trx);
}

/** Several locks in a fixed order (sorted), so two transactions taking the same set never deadlock. */
export async function lockDocuments(trx: QueryExecutorProvider, kind: LockKind, keys: Iterable<string>): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await lockDocument(trx, kind, key);
}

/** Stations starting together: one applies the migrations, the others wait and then find them applied. */
export async function lockMigrations(trx: QueryExecutorProvider): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${sql.raw(MIGRATION_LOCK)})`.execute(trx);
}

/**
 * A bulk load that identifies its own rows by id (everything above the largest id it saw first):
 * on PostgreSQL other transactions may not insert into or change the table until this one ends
 * (SHARE ROW EXCLUSIVE, taken after any writer in flight has finished). Scans at other stations
 * wait for the load to commit. SQLite's one writer at a time already gives this.
 */
export async function lockTableForBulkLoad(trx: QueryExecutorProvider, table: 'serials'): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await sql`lock table ${sql.table(table)} in share row exclusive mode`.execute(trx);
}

/**
 * A serial number, by its folded value (so both case modes meet on one lock): taken before a
 * workflow reads a serial's state to decide on it, after the document's own lock. Two stations
 * deciding on the same serial (received on two POs, packed in two orders, moved and shipped) take
 * turns, and the second one's checks see the first one's commit.
 */
export async function lockSerialValue(trx: QueryExecutorProvider, value: string): Promise<void> {
  await lockDocument(trx, 'serial', foldSerial(value));
}

/** Several serials at once (a shipment, a count): in sorted order, so two such transactions never deadlock. */
export async function lockSerialValues(trx: QueryExecutorProvider, values: Iterable<string>): Promise<void> {
  if (dialectOf(trx) !== 'postgres') return;
  await lockDocuments(trx, 'serial', [...values].map(foldSerial));
}

/** A product's serial pool (one per product): generating, handing out, taking back, creating it. */
export async function lockPool(trx: QueryExecutorProvider, productId: number): Promise<void> {
  await lockDocument(trx, 'pool', String(productId));
}
