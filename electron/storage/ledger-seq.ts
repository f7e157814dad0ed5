import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect';

/**
 * The ledger's order: `serial_events.seq`, assigned by the database, strictly increasing in the
 * order transactions COMMIT — so a reader paging `where seq > cursor order by seq` never skips an
 * event that commits later with a smaller number (a plain identity or sequence default would:
 * numbers are taken at INSERT, and a transaction that took 7 may commit after one that took 8).
 *
 * PostgreSQL (migration 13): a DEFERRABLE INITIALLY DEFERRED constraint trigger runs at COMMIT for
 * each event the transaction inserted. Its first run takes this transaction-level advisory lock;
 * then each run gives its row `nextval('serial_events_seq')`. The lock is released only after the
 * COMMIT is visible to others, so the next transaction's numbers are taken after this one's rows
 * can be seen. Cost: ledger-writing commits queue for the lock (only the commit itself, not the
 * scan's reads and checks), and each event row is written twice.
 *
 * SQLite: one writer at a time (BEGIN IMMEDIATE) and no deletes, so `seq` is the rowid.
 *
 * Readers need nothing special: every committed event has its `seq`, and rows without one are an
 * open transaction's own. The event feed (issue 17) pages by `seq` with the same guarantee.
 * One exception: the events of a staged serial import (staged-rows.ts) get their numbers as each
 * chunk commits and become visible only when the import does, among later ones. No reader pages
 * the ledger by `seq` (history and transactions page by offset); one that did would have to stop
 * at the first event of an import still `committing`.
 */

/**
 * The ledger order as a column to sort by: `seq` — on SQLite its equal, the rowid `id`, which
 * SQLite walks without sorting (and without an index on the virtual column).
 */
export function ledgerOrder(db: QueryExecutorProvider, alias: string): RawBuilder<number> {
  return sql.ref<number>(`${alias}.${dialectOf(db) === 'sqlite' ? 'id' : 'seq'}`);
}

/** Key of the ledger's advisory lock (fixed; 'ScanLed' in ASCII). */
export const LEDGER_SEQ_LOCK = '23471693180462436';
